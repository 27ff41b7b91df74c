/**
 * Browser demo (`npm run demo`): the same task pane, on the in-memory Excel host preloaded with a sample
 * workbook, beside a read-only preview of the workbook and a download button.
 */
import { Body1, FluentProvider, Spinner, Title2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { MemoryWorkbook } from '../host/memory';
import { App } from '../taskpane/App';
import { readCharts } from './charts';
import { downloadBytes } from './download';
import { createDemoWorkbook, paneHost } from './memoryHost';
import { Preview } from './Preview';
import { readPreview, type PreviewSheet } from './snapshot';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  main: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  pane: { width: '320px', flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, minHeight: '80vh' },
  preview: { flexGrow: 1, minWidth: 0 },
});

function Demo({ wb }: { wb: MemoryWorkbook }) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<PreviewSheet[]>([]);
  // The row each paged sheet is shown from: a ref, so that paging does not give the pane a new host.
  const firstRows = useRef<Record<string, number>>({});
  const refresh = useCallback(() => {
    wb.run((context) => readPreview(context, firstRows.current)).then(setSheets, (e) => console.warn('Aperçu indisponible', e));
  }, [wb]);
  useEffect(refresh, [refresh]);
  const host = useMemo(() => paneHost(wb, refresh), [wb, refresh]);
  return (
    <div className={styles.page}>
      <header style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Title2 as="h1">Démonstration RIME – Suivi des relogements</Title2>
        <Body1 as="p">
          Classeur d&apos;exemple : un ancien fichier RIME de ménages fictifs. Utilisez le volet à gauche comme dans Excel ; l&apos;aperçu
          à droite montre le classeur après chaque action.
        </Body1>
      </header>
      <div className={styles.main}>
        <div className={styles.pane}>
          <App host={host} />
        </div>
        <div className={styles.preview}>
          <Preview
            sheets={sheets}
            onDownload={() => void wb.toXlsx().then((bytes) => downloadBytes('RIME-demo.xlsx', bytes))}
            chartsOf={(sheet) => readCharts(wb, sheet)}
            onPage={(sheet, row) => {
              firstRows.current = { ...firstRows.current, [sheet]: row };
              refresh();
            }}
          />
        </div>
      </div>
    </div>
  );
}

function Loading() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Préparation du classeur d'exemple…" />
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  const r = createRoot(root);
  r.render(<Loading />);
  const prepared = new URLSearchParams(window.location.search).get('prepared') === '1';
  createDemoWorkbook(prepared).then(
    (wb) =>
      r.render(
        <FluentProvider theme={webLightTheme}>
          <Demo wb={wb} />
        </FluentProvider>,
      ),
    (e) => {
      console.error(e);
      r.render(<Body1>Impossible de préparer le classeur d&apos;exemple : {String(e)}</Body1>);
    },
  );
}
