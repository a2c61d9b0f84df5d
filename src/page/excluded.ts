// CONTRACT.md ("Both ways"): the elements whose text is never shown as a mention. One list, read
// by the first stage (src/page/first-stage.ts), the scanner's exclusion (src/page/markable.ts) and the
// inline-run rules (src/page/inline-run.ts), so the three cannot drift apart. No imports: the first
// stage runs on every page and must stay small.

/** Tags whose text is not running prose: form controls, scripts and styles, code, SVG, MathML. */
export const NOT_TEXT_TAGS: readonly string[] = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'title',
];

/** A region the reader can edit (designMode is asked separately: it makes no attribute). */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';
