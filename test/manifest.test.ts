// The manifest is checked offline (office-addin-manifest validate needs the network):
// well-formed, the ids and URLs Office requires, icons that exist in assets/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const root = path.join(__dirname, '..');
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const app = parser.parse(xml).OfficeApp;

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is an Excel task pane add-in that may read and write the workbook', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Hosts.Host['@Name']).toBe('Workbook');
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('has a Chinese display name and zh-CN as its default locale', () => {
    expect(app.DefaultLocale).toBe('zh-CN');
    expect(app.DisplayName['@DefaultValue']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('points every URL at the add-in origin over https, with no other host', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  });

  it('references only icons that exist in assets/', () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(existsSync(path.join(root, icon))).toBe(true);
  });

  it('has a ribbon button that opens the task pane', () => {
    const control = app.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(control.Action['@xsi:type']).toBe('ShowTaskpane');
    const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/resid="([^"]+)"/g)) expect(ids.has(m[1])).toBe(true);
  });
});
