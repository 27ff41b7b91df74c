import { Button, Caption1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PreviewChart } from './charts';
import { ChartPreview } from './ChartPreview';
import { MAX_ROWS, type PreviewSheet } from './snapshot';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  scroller: { overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke1}`, maxHeight: '70vh' },
  table: { borderCollapse: 'collapse', fontSize: '11px', fontFamily: 'Calibri, Segoe UI, sans-serif' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', whiteSpace: 'nowrap',
    maxWidth: '180px', overflow: 'hidden', textOverflow: 'ellipsis',
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right' },
});

export interface PreviewProps {
  readonly sheets: readonly PreviewSheet[];
  readonly onDownload: () => void;
  /** The charts of a sheet (drawn under its cells). */
  readonly chartsOf?: (sheet: string) => readonly PreviewChart[];
  /** Shows the sheet's cells from another row (0-based). */
  readonly onPage?: (sheet: string, firstRow: number) => void;
}

/**
 * Read-only preview of the workbook: one tab per sheet, a window of 40 rows of each sheet's cells (pages
 * of 40 rows for longer sheets), and the sheet's charts under it.
 */
export function Preview({ sheets, onDownload, chartsOf, onPage }: PreviewProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<string | null>(null);
  const visible = sheets.filter((s) => s.visible);
  const current = visible.find((s) => s.name === selected) ?? visible[0];
  const charts = current && chartsOf ? chartsOf(current.name) : [];
  const first = current?.firstRow ?? 0;
  const last = current ? first + current.rows.length : 0;
  return (
    <section className={styles.root} aria-label="Aperçu du classeur">
      <div className={styles.bar}>
        <TabList selectedValue={current?.name} onTabSelect={(_, d) => setSelected(String(d.value))} aria-label="Feuilles du classeur">
          {visible.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
        <Button onClick={onDownload}>Télécharger le classeur (.xlsx)</Button>
      </div>
      {current && (
        <>
          <div className={styles.bar}>
            <Caption1>
              {current.totalRows} lignes × {current.totalColumns} colonnes (aperçu des lignes {first + 1} à {last} et des 24 premières
              colonnes, lecture seule)
            </Caption1>
            {onPage && current.totalRows > MAX_ROWS && (
              <>
                <Button size="small" disabled={first === 0} onClick={() => onPage(current.name, Math.max(0, first - MAX_ROWS))}>
                  Lignes précédentes
                </Button>
                <Button size="small" disabled={last >= current.totalRows} onClick={() => onPage(current.name, first + MAX_ROWS)}>
                  Lignes suivantes
                </Button>
              </>
            )}
          </div>
          <div className={styles.scroller}>
            <table className={styles.table} data-testid="preview-grid">
              <tbody>
                {current.rows.map((row, r) => (
                  <tr key={r}>
                    <td className={`${styles.cell} ${styles.rowHead}`}>{first + r + 1}</td>
                    {row.map((cell, c) => (
                      <td
                        key={c}
                        className={styles.cell}
                        title={cell.text}
                        style={{ backgroundColor: cell.fill, color: cell.color, fontWeight: cell.bold ? 'bold' : undefined }}
                      >
                        {cell.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {charts.map((c) => (
            <ChartPreview key={c.name} chart={c} />
          ))}
        </>
      )}
    </section>
  );
}
