// The English-literal check's scanner (used by literals.test.ts): reads .ts/.tsx files with the TypeScript
// compiler's own parser (typescript 7's API, which runs the compiler as a child process) and reports every string
// a user would read that is written in the source instead of coming from the catalogues: JSX text, the text of
// attributes people read (aria-label, title, placeholder, a component's label or description…), toasts and
// confirmations, document.title, browser notifications, page metadata, and label-like properties of objects
// (option lists, column definitions). Anywhere else, a literal that reads like words for people ("Newest first",
// "Not yet sent": a capital, then lower case) is one too, unless it is code's own (a module name, a comparison,
// a key for t(), a class name). A string without letters ("—", "·", "/") is never a finding; the allow-list
// (literals-allowed.ts) names the rest that must stay as written.
import path from "node:path";
import {
  type BinaryExpression,
  type CallExpression,
  type ConditionalExpression,
  type Expression,
  type JsxAttribute,
  type JsxExpression,
  type NewExpression,
  type Node,
  type ObjectLiteralExpression,
  type PropertyAssignment,
  type SourceFile,
  SyntaxKind,
  type TemplateExpression,
  type VariableDeclaration,
} from "typescript/unstable/ast";
import { API } from "typescript/unstable/sync";
import { isAllowed } from "./literals-allowed";
import {
  isUserAttribute,
  isUserProperty,
  METADATA_PROPERTIES,
  TOASTS,
  DIALOGS,
  HAS_LETTER,
  PROSE,
  CODE_ATTRIBUTES,
  CODE_CALLS,
} from "./literals-rules";

export interface Finding {
  /** Relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  text: string;
}

const COMPARISONS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
]);

const LITERALS = new Set([
  SyntaxKind.StringLiteral,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateExpression,
]);

/** Whether a literal is code's own by where it stands: a module name, a key, a comparison, a type, a code call. */
function isCodeOwn(node: Node, file: SourceFile): boolean {
  const parent = node.parent;
  switch (parent.kind) {
    case SyntaxKind.ImportDeclaration:
    case SyntaxKind.ExportDeclaration:
    case SyntaxKind.ExternalModuleReference:
    case SyntaxKind.ImportType:
    case SyntaxKind.LiteralType:
    case SyntaxKind.ExpressionStatement: // "use client"
    case SyntaxKind.CaseClause:
    case SyntaxKind.ElementAccessExpression:
    case SyntaxKind.TaggedTemplateExpression:
      return true;
    case SyntaxKind.PropertyAssignment:
      return (parent as PropertyAssignment).name === node;
    case SyntaxKind.BinaryExpression:
      return COMPARISONS.has((parent as BinaryExpression).operatorToken.kind);
    case SyntaxKind.JsxAttribute:
      return CODE_ATTRIBUTES.test(nameOf((parent as JsxAttribute).name, file));
    case SyntaxKind.JsxExpression:
      return parent.parent.kind === SyntaxKind.JsxAttribute && isCodeOwn(parent, file);
    case SyntaxKind.CallExpression:
    case SyntaxKind.NewExpression:
      return CODE_CALLS.test(nameOf((parent as CallExpression).expression, file));
    default:
      return false;
  }
}

/**
 * The strings an expression can evaluate to, as written: through `a ? "x" : "y"`, `a ?? "x"`, `"x" + y`,
 * parentheses and `as`. A template literal reads as its text with `{…}` where a value goes. Calls (t("key")),
 * variables and everything else are not literals and give nothing.
 */
function literalTexts(node: Expression | undefined): { node: Node; text: string }[] {
  if (!node) return [];
  switch (node.kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
      return [{ node, text: (node as unknown as { text: string }).text }];
    case SyntaxKind.TemplateExpression: {
      const template = node as TemplateExpression;
      const text = template.head.text + template.templateSpans.map((span) => `{…}${span.literal.text}`).join("");
      return [{ node, text }];
    }
    case SyntaxKind.ConditionalExpression: {
      const conditional = node as ConditionalExpression;
      return [...literalTexts(conditional.whenTrue), ...literalTexts(conditional.whenFalse)];
    }
    case SyntaxKind.BinaryExpression: {
      const binary = node as BinaryExpression;
      const operator = binary.operatorToken.kind;
      const joins =
        operator === SyntaxKind.QuestionQuestionToken ||
        operator === SyntaxKind.BarBarToken ||
        operator === SyntaxKind.AmpersandAmpersandToken ||
        operator === SyntaxKind.PlusToken;
      return joins ? [...literalTexts(binary.left), ...literalTexts(binary.right)] : [];
    }
    case SyntaxKind.ParenthesizedExpression:
    case SyntaxKind.AsExpression:
    case SyntaxKind.SatisfiesExpression:
    case SyntaxKind.NonNullExpression:
      return literalTexts((node as unknown as { expression: Expression }).expression);
    default:
      return [];
  }
}

/** The name a property, attribute or callee is written with ("aria-label", "toast.error", "document.title"). */
function nameOf(node: Node | undefined, file: SourceFile): string {
  if (!node) return "";
  if (node.kind === SyntaxKind.StringLiteral) return (node as unknown as { text: string }).text;
  return node.getText(file);
}

function objectProperties(node: Expression | undefined): PropertyAssignment[] {
  if (node?.kind !== SyntaxKind.ObjectLiteralExpression) return [];
  return (node as ObjectLiteralExpression).properties.filter(
    (property): property is PropertyAssignment => property.kind === SyntaxKind.PropertyAssignment,
  );
}

/** Whether `node` sits in page metadata: `export const metadata = {…}` or `generateMetadata`'s body. */
function inMetadata(node: Node, file: SourceFile): boolean {
  for (let up: Node | undefined = node.parent; up; up = up.parent) {
    if (up.kind === SyntaxKind.VariableDeclaration && nameOf((up as VariableDeclaration).name, file) === "metadata")
      return true;
    if (
      up.kind === SyntaxKind.FunctionDeclaration &&
      (up as { name?: Node }).name?.getText(file) === "generateMetadata"
    )
      return true;
  }
  return false;
}

/** Every user-visible literal of one parsed file. */
export function literalsOf(file: SourceFile, relative: string): Finding[] {
  const found: Finding[] = [];
  const lineStarts = file.getLineStarts();
  const lineOf = (position: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  // Each literal once, however many rules see it (a toast's description is also a `description` property).
  const seen = new Set<number>();
  const report = (node: Node, raw: string) => {
    const text = raw.replace(/\s+/g, " ").trim();
    const start = node.getStart(file);
    if (seen.has(start)) return;
    seen.add(start);
    if (!HAS_LETTER.test(text) || isAllowed(text, relative)) return;
    found.push({ file: relative, line: lineOf(start), text });
  };
  const reportAll = (expression: Expression | undefined) => {
    for (const { node, text } of literalTexts(expression)) report(node, text);
  };

  const visit = (node: Node): void => {
    switch (node.kind) {
      case SyntaxKind.JsxText:
        report(node, (node as unknown as { text: string }).text);
        break;
      case SyntaxKind.JsxExpression: {
        const parent = node.parent.kind;
        if (parent === SyntaxKind.JsxElement || parent === SyntaxKind.JsxFragment)
          reportAll((node as JsxExpression).expression);
        break;
      }
      case SyntaxKind.JsxAttribute: {
        const attribute = node as JsxAttribute;
        if (!isUserAttribute(nameOf(attribute.name, file))) break;
        const value = attribute.initializer;
        if (value?.kind === SyntaxKind.StringLiteral) report(value, (value as unknown as { text: string }).text);
        else if (value?.kind === SyntaxKind.JsxExpression) reportAll((value as JsxExpression).expression);
        break;
      }
      case SyntaxKind.CallExpression: {
        const call = node as CallExpression;
        const callee = nameOf(call.expression, file);
        if (TOASTS.test(callee)) {
          reportAll(call.arguments[0]);
          for (const property of objectProperties(call.arguments[1])) {
            if (["description", "loading", "success", "error"].includes(nameOf(property.name, file)))
              reportAll(property.initializer);
          }
        } else if (DIALOGS.test(callee)) reportAll(call.arguments[0]);
        break;
      }
      case SyntaxKind.NewExpression: {
        const created = node as NewExpression;
        if (nameOf(created.expression, file) !== "Notification") break;
        reportAll(created.arguments?.[0]);
        for (const property of objectProperties(created.arguments?.[1]))
          if (nameOf(property.name, file) === "body") reportAll(property.initializer);
        break;
      }
      case SyntaxKind.BinaryExpression: {
        const assignment = node as BinaryExpression;
        if (
          assignment.operatorToken.kind === SyntaxKind.EqualsToken &&
          nameOf(assignment.left, file) === "document.title"
        )
          reportAll(assignment.right);
        break;
      }
      case SyntaxKind.PropertyAssignment: {
        const property = node as PropertyAssignment;
        const name = nameOf(property.name, file);
        if (isUserProperty(name) || (METADATA_PROPERTIES.has(name) && inMetadata(node, file)))
          reportAll(property.initializer);
        break;
      }
    }
    node.forEachChild(visit);
  };
  visit(file);

  // Everything else that reads like words for people (label maps, messages, props of other names).
  const prose = (node: Node): void => {
    if (LITERALS.has(node.kind) && !isCodeOwn(node, file)) {
      for (const { text } of literalTexts(node as Expression)) if (PROSE.test(text)) report(node, text);
    }
    if (node.kind !== SyntaxKind.TemplateExpression) node.forEachChild(prose);
  };
  prose(file);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Scans `files` (absolute paths) of the TypeScript project at `root` (its tsconfig.json). One compiler process
 * serves the whole scan and is closed after it.
 */
export function scanFiles(root: string, files: readonly string[]): Finding[] {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: path.join(root, "tsconfig.json") });
    const project = snapshot.getProjects()[0];
    if (!project) throw new Error(`no TypeScript project at ${root}`);
    return files.flatMap((file) => {
      const source = project.program.getSourceFile(file);
      if (!source) throw new Error(`${file} is not part of the project at ${root}`);
      return literalsOf(source, path.relative(root, file).split(path.sep).join("/"));
    });
  } finally {
    api.close();
  }
}
