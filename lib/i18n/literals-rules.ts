// Which names and texts the English-literal check (literals-scan.ts) treats as words for people, and which as
// code's own: the attributes, properties and calls whose strings users read, and what prose looks like.
/** JSX attributes whose value people read (screen readers included). */
const USER_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "description",
  "heading",
  "hint",
  "help",
  "message",
  "caption",
  "legend",
  "text",
  "note",
  "tooltip",
  "empty",
  "summary",
]);

/** Object properties that hold words for people: option lists, column definitions, form field definitions. */
const USER_PROPERTIES = new Set([
  "label",
  "title",
  "description",
  "heading",
  "header",
  "placeholder",
  "hint",
  "help",
  "caption",
  "tooltip",
  "legend",
]);

/** A component's own prop or property for words: `emptyText`, `confirmLabel`, `srTitle`, `busyMessage`… */
const USER_SUFFIX = /[a-z](Label|Text|Title|Description|Heading|Placeholder|Hint|Caption|Message|Tooltip)$/;

export const isUserAttribute = (name: string) => USER_ATTRIBUTES.has(name) || USER_SUFFIX.test(name);
export const isUserProperty = (name: string) => USER_PROPERTIES.has(name) || USER_SUFFIX.test(name);

/** Page metadata (`export const metadata`, `generateMetadata`): the words a tab or a search result shows. */
export const METADATA_PROPERTIES = new Set(["title", "description", "default", "template", "absolute"]);

/** toast(), toast.success(…) and sonner's other variants; confirm()/alert()/prompt(), also as window.*. */
export const TOASTS = /^toast(\.(success|error|info|warning|message|loading|promise|custom))?$/;
export const DIALOGS = /^(window\.)?(confirm|alert|prompt)$/;

export const HAS_LETTER = /\p{L}/u;

/** Words for people, wherever they are written: a capital, then (at least two) lower-case letters. */
export const PROSE = /^[^\p{L}]*\p{Lu}.*\p{Ll}.*\p{Ll}/su;

/** Attributes whose strings are code's own, whatever they look like. */
export const CODE_ATTRIBUTES =
  /^(className|class|href|src|id|key|type|name|role|htmlFor|autoComplete|inputMode|rel|target|method|action|as|style|lang|dir|data-.*|aria-(labelledby|describedby|controls|owns|current|live|haspopup))$/;

/** Calls whose string arguments are code's own: catalogue keys, class names, logs, developer errors, look-ups. */
export const CODE_CALLS =
  /^(t|t\.\w+|\w+\.t|useTranslations|getTranslations|api|cn|clsx|cva|console\.\w+|Error|TypeError|RangeError|require|([\w$]+\.)+(get|getAll|set|has|delete|append|startsWith|endsWith|includes|split|replace|match|test|querySelector|querySelectorAll|getItem|setItem|removeItem|addEventListener|removeEventListener))$/;
