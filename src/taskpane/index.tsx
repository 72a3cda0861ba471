// Task pane entry: wires the React pane to Excel through src/excel.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkWorkbook } from '../engine/check';
import { snapshotWorkbook } from '../excel/snapshot';
import { selectCells } from '../excel/navigate';
import { parseAddress } from '../engine/workbook';
import { App } from './App';

Office.onReady(() => {
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App
        runCheck={async () => checkWorkbook(await snapshotWorkbook())}
        onSelect={(f) => {
          const operands = (f.params.operands ?? []).map((a) => parseAddress(a));
          return selectCells([f.cell, ...operands].filter((c): c is NonNullable<typeof c> => !!c));
        }}
      />
    </FluentProvider>,
  );
});
