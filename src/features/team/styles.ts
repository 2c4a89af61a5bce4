/** The team page's look, on top of the shared base: tiles, tables, SVG bars and lines. Colours meet WCAG AA on white. */
export const TEAM_CSS = `
body { background: #f3f3f3; }
.team-page { max-width: 1080px; margin: 0 auto; padding: 16px 20px 40px; }
.team { display: grid; gap: 16px; }
.team__header h1 { margin: 0 0 4px; font-size: 20px; color: #032d60; }
.team__header p { margin: 4px 0; }
.pool-picker select { font: inherit; padding: 2px 4px; }
.team-section { background: #fff; border: 1px solid #dddbda; border-radius: 8px; padding: 14px 16px; display: grid; gap: 10px; }
.team-section h2 { margin: 0; font-size: 16px; color: #032d60; }
.team-section h3 { margin: 8px 0 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 10px; }
.tile { border: 1px solid #dddbda; border-radius: 6px; padding: 10px 12px; background: #fafaf9; }
.tile p { margin: 0; }
.tile__label { font-weight: 600; color: #3e3e3c; }
.tile__value { font-size: 26px; font-weight: 700; color: #181818; margin: 2px 0 !important; }
.tile__note { font-size: 12px; color: #3e3e3c; }
.tile--at-risk { border-color: #8c4b02; background: #fef1ee; }
.tile--breached { border-color: #ba0517; background: #feded8; }
.tile .figure { font-size: inherit; }
.figure { border: 1px solid #0b5cab; background: #fff; color: #0b5cab; border-radius: 4px; padding: 0 6px; font: inherit; font-weight: 700; cursor: pointer; min-width: 28px; }
.figure[aria-pressed="true"] { background: #0b5cab; color: #fff; }
.figure--zero { display: inline-block; min-width: 28px; text-align: center; color: #3e3e3c; border-color: transparent; background: none; font-weight: 400; cursor: default; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ecebea; vertical-align: middle; }
thead th { font-size: 12px; color: #3e3e3c; font-weight: 600; }
.waiting td, .waiting thead th:not(:first-child) { text-align: center; }
.waiting__chart { width: 32%; }
.waiting__chart svg, .mini-bar { width: 100%; height: 14px; display: block; }
.mini-bar { width: 90px; display: inline-block; vertical-align: middle; }
.members__cell { display: inline-flex; align-items: center; gap: 8px; }
.members__overdue { color: #8c4b02; font-weight: 600; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: baseline; }
.swatch--high, .fill--high { background: #ba0517; fill: #ba0517; }
.swatch--other-1, .fill--other-1 { background: #0b5cab; fill: #0b5cab; }
.swatch--other-2, .fill--other-2 { background: #5c5c5c; fill: #5c5c5c; }
.swatch--other-3, .fill--other-3 { background: #8c4b02; fill: #8c4b02; }
.swatch--none, .fill--none { background: #747474; fill: #747474; }
.bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.bars__row { display: grid; grid-template-columns: minmax(140px, 30%) 1fr auto; align-items: center; gap: 10px; }
.bars__chart { width: 100%; height: 14px; }
.bars__track { fill: #f3f3f3; }
.bars__fill { fill: #0b5cab; }
.bars__fill--warning { fill: #ba0517; }
.bars__cap { stroke: #181818; stroke-width: 1.5; vector-effect: non-scaling-stroke; }
.bars__value { min-width: 60px; }
.bars__warning { color: #ba0517; font-weight: 600; font-size: 12px; }
.line-chart { margin: 0; }
.line-chart svg { width: 100%; max-height: 200px; }
.line-chart__axis { stroke: #747474; stroke-width: 1; }
.line-chart__grid { stroke: #dddbda; stroke-dasharray: 2 2; }
.line-chart__tick { font-size: 11px; fill: #3e3e3c; }
.line-chart__opened { fill: none; stroke: #0b5cab; stroke-width: 2; }
.line-chart__closed { fill: none; stroke: #1d6b3c; stroke-width: 2; stroke-dasharray: 6 3; }
.line-chart__legend { display: flex; gap: 16px; margin-top: 4px; }
.legend::before { content: ""; display: inline-block; width: 18px; height: 0; margin-right: 6px; vertical-align: middle; border-top: 2px solid #0b5cab; }
.legend--closed::before { border-top: 2px dashed #1d6b3c; }
.line-chart__numbers summary { cursor: pointer; margin-top: 6px; }
.line-chart__numbers table { max-width: 360px; }
.period-picker { border: 0; padding: 0; margin: 0; display: flex; gap: 6px; flex-wrap: wrap; }
.period-picker legend { font-weight: 600; margin-bottom: 4px; }
.period-picker__option { border: 1px solid #0b5cab; border-radius: 16px; padding: 2px 10px; color: #0b5cab; cursor: pointer; }
.period-picker__option--on { background: #0b5cab; color: #fff; }
.period-picker__option input { margin: 0 6px 0 0; }
.team-cases { background: #fff; border: 2px solid #0b5cab; border-radius: 8px; padding: 10px 14px; }
.team-cases__bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.team-cases h3 { text-transform: none; font-size: 14px; letter-spacing: 0; color: #032d60; }
.cases { margin: 6px 0 0; padding-left: 18px; display: grid; gap: 3px; }
.cases a { color: #0b5cab; font-weight: 600; }
`;
