import { Button, Caption1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PreviewSheet } from './snapshot';

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

/** Read-only preview of the workbook: one tab per sheet, the top-left window of each sheet's cells. */
export function Preview({ sheets, onDownload }: { sheets: readonly PreviewSheet[]; onDownload: () => void }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<string | null>(null);
  const visible = sheets.filter((s) => s.visible);
  const current = visible.find((s) => s.name === selected) ?? visible[0];
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
          <Caption1>
            {current.totalRows} lignes × {current.totalColumns} colonnes (aperçu des 40 premières lignes et 24 premières colonnes, lecture seule)
          </Caption1>
          <div className={styles.scroller}>
            <table className={styles.table} data-testid="preview-grid">
              <tbody>
                {current.rows.map((row, r) => (
                  <tr key={r}>
                    <td className={`${styles.cell} ${styles.rowHead}`}>{r + 1}</td>
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
        </>
      )}
    </section>
  );
}
