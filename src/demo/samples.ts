// The bundled sample workbooks. Each is a lazy chunk holding the file as a data URL, so the page gets the
// bytes from its own origin without fetch (src/ makes no network calls; see test/architecture.test.ts).

export interface Sample {
  id: string;
  label: string;
  /** Where the same file is served for download (copied into dist/web by webpack.config.js). */
  href: string;
  load: () => Promise<Uint8Array>;
}

/** "data:…;base64,XXXX" → bytes. */
export function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const SAMPLES: Sample[] = [
  {
    id: 'seed',
    label: '咸宁市经信局 2022 部门预算（原件）',
    href: 'samples/seed.xlsx',
    load: async () => dataUrlBytes((await import(/* webpackChunkName: "sample-seed" */ '../../samples/seed.xlsx')).default),
  },
  {
    id: 'corrected',
    label: '同上（更正后，无错误）',
    href: 'samples/corrected.xlsx',
    load: async () => dataUrlBytes((await import(/* webpackChunkName: "sample-corrected" */ '../../samples/corrected.xlsx')).default),
  },
];
