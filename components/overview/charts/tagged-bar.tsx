// A bar's rectangle wrapped in a group that names what it counts (data-series, data-row), so tests can find
// "this shop's bar on this day" whatever the bars around it (recharts leaves out bars of zero height).
import { type BarShapeProps, Rectangle } from "recharts";

export function taggedBar(
  series: string,
  row: (payload: Record<string, unknown>) => string,
  fill?: (payload: Record<string, unknown>) => string,
) {
  // Recharts calls a shape function with each bar's props (a render function, not a component).
  return (props: BarShapeProps) => {
    const payload = (props.payload ?? {}) as Record<string, unknown>;
    return (
      <g data-series={series} data-row={row(payload)}>
        <Rectangle {...props} fill={fill ? fill(payload) : props.fill} />
      </g>
    );
  };
}
