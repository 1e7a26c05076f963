// What every overview chart's axes and grid look like: quiet, in the theme's colours (overview-colors.css).
export const TICK = { fill: "var(--chart-axis)", fontSize: 12 } as const;
export const GRID = { stroke: "var(--chart-grid)", strokeDasharray: "3 3" } as const;
export const CURSOR = { fill: "var(--chart-cursor)" } as const;
export const HEIGHT = 260;
/** Room for the value axis's labels: amounts in thousands need more than counts, and some languages write them long ("13,5 тыс."). */
export const AXIS_WIDTH = 64;
