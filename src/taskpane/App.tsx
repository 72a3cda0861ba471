// The task pane: Fluent's theme around the pane, and the host it talks to.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HostContext, type HostApi } from './host';
import { TaskPane } from './TaskPane';

export interface AppProps {
  /** src/excel's functions in Excel and in the demo page; a fake in tests. */
  api: HostApi;
}

// No className on the provider: Fluent copies it onto the portals of dialogs and menus, where a size or a
// background would cover the page.
export function App({ api }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={api}>
        <TaskPane />
      </HostContext.Provider>
    </FluentProvider>
  );
}
