// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls ESM-only
// dependencies (strip-bom 5, uuid 14) that jest's CommonJS runtime cannot load (TOOLCHAIN.md).
const OfficeApp = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };
module.exports = { OfficeApp };
