// Sample workbooks are bundled as data URLs (webpack asset/inline) in lazy chunks: the page reads them
// without any request beyond its own scripts.
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
