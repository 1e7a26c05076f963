// The charts' hover card: the day or stage, then each series' exact value beside its colour, and a total.
export interface TooltipLine {
  key: string;
  label: string;
  color: string;
  value: string;
}

export function TooltipBox({ title, lines, footer }: { title: string; lines: TooltipLine[]; footer?: TooltipLine }) {
  return (
    <div className="min-w-44 rounded-lg border border-border-strong bg-surface px-3 py-2 text-xs shadow-lg">
      <p className="mb-1.5 font-medium">{title}</p>
      <ul className="grid gap-1">
        {lines.map((line) => (
          <li key={line.key} className="flex items-center gap-2">
            <span aria-hidden className="size-2.5 shrink-0 rounded-[3px]" style={{ background: line.color }} />
            <span className="min-w-0 flex-1 truncate text-muted">{line.label}</span>
            <span className="font-medium tabular-nums">{line.value}</span>
          </li>
        ))}
      </ul>
      {footer ? (
        <p className="mt-1.5 flex justify-between gap-3 border-t pt-1.5 font-medium">
          <span>{footer.label}</span>
          <span className="tabular-nums">{footer.value}</span>
        </p>
      ) : null}
    </div>
  );
}
