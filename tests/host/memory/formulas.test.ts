import { MemoryWorkbook, type MemoryWorkbookOptions } from '../../../src/host/memory';

const HEADERS = ["N° d'identification", 'Loyer ★ (€)', 'Surface m²', 'Statut'];

async function household(options: MemoryWorkbookOptions = {}): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook({ sheets: ['Ménages', 'Paramètres'], ...options });
  await wb.run(async (ctx) => {
    const p = ctx.workbook.worksheets.getItem('Paramètres');
    p.getRange('A1:B1').values = [['SMIC', 1400]];
    p.getRange('D1:E3').values = [[1, 'un'], [2, 'deux'], [3, 'trois']];
    ctx.workbook.names.add('RIME_SMIC', p.getRange('B1'));
    const s = ctx.workbook.worksheets.getItem('Ménages');
    s.getRange('A1:D4').values = [HEADERS, ['M-1', 350, 50, 'relogé'], ['M-2', '', 70, 'en cours'], ['M-3', 'inconnu', 0, 'relogé']];
    s.tables.add('A1:D4', true).name = 'Ménages';
  });
  return wb;
}

async function compute(wb: MemoryWorkbook, formulas: string[]): Promise<unknown[]> {
  return wb.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('Ménages');
    const r = s.getRangeByIndexes(1, 5, 1, formulas.length);
    r.formulas = [formulas];
    r.load('values');
    await ctx.sync();
    return r.values[0];
  });
}

describe('structured references through the compiled evaluator and HyperFormula', () => {
  test.each([['auto'], ['hyperformula']] as const)('calculated column with apostrophe, ★, ² and IF returning "" (%s)', async (engine) => {
    const wb = await household({ engine });
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('Ménages');
      const f1 = "=IF(ISNUMBER([@[Loyer ★ (€)]]),ROUND([@[Loyer ★ (€)]]*12/RIME_SMIC,3),\"\")";
      const f2 = "=Ménages[[#This Row],[N° d''identification]]&\" - \"&[@Statut]";
      const f3 = "=IF([@[Surface m²]]=0,\"\",[@[Loyer ★ (€)]]/[@[Surface m²]])";
      t.columns.add(undefined, [['Taux'], [f1], [f1], [f1]]);
      t.columns.add(undefined, [['Libellé'], [f2], [f2], [f2]]);
      t.columns.add(undefined, [['Au m²'], [f3], [f3], [f3]]);
      const body = t.getDataBodyRange().load('values, formulas');
      await ctx.sync();
      // 350*12/1400 = 3; '' is text: ISNUMBER false -> ""; 350/50 = 7; ''/70 -> #VALUE!; surface 0 -> ""
      expect(body.values.map((r) => r.slice(4))).toEqual([
        [3, 'M-1 - relogé', 7],
        ['', 'M-2 - en cours', 0],
        ['', 'M-3 - relogé', ''],
      ]);
      expect(body.formulas[0][4]).toBe('=IF(ISNUMBER(Ménages[[#This Row],[Loyer ★ (€)]]),ROUND(Ménages[[#This Row],[Loyer ★ (€)]]*12/RIME_SMIC,3),"")');
      expect(body.formulas[0][5]).toBe("=Ménages[[#This Row],[N° d''identification]]&\" - \"&Ménages[[#This Row],[Statut]]");
    });
  });

  test('whole-column and header references, names, other sheets', async () => {
    const wb = await household();
    expect(await compute(wb, [
      '=SUM(Ménages[Loyer ★ (€)])',
      '=COUNTA(Ménages[[#Data],[Statut]])',
      '=Ménages[[#Headers],[Statut]]',
      '=COUNTIF(Ménages[Statut],"relogé")',
      '=RIME_SMIC/Paramètres!B1',
      "=ROWS(Ménages[#All])",
      '=COUNTIF(Ménages[Statut],"rel*")',
      '=COUNTIF(Ménages[Surface m²],">40")',
    ])).toEqual([350, 3, 'Statut', 2, 1, 4, 2, 2]);
  });
});

describe('Excel semantics', () => {
  test('errors, blanks, rounding, dates, booleans, comparisons, lookups', async () => {
    const wb = await household();
    expect(await compute(wb, [
      '=1/0', '="a"+1', '=Z99', '=Z99&""', '=ROUND(1.005,2)', '=ROUND(-2.5,0)', '=DATE(2024,1,31)', '=YEAR(45322)',
      '=TRUE', '=NOT(FALSE)', '="a"="A"', '=VLOOKUP("M-2",Ménages[#All],3,FALSE)', '=VLOOKUP("M-9",A2:D4,2,FALSE)',
      '=LOOKUP(2.5,Paramètres!D1:D3,Paramètres!E1:E3)', '=IFERROR(1/0,"div")', '=0.1+0.2', '=LEN("héé")', '=MID("abcdef",2,3)',
    ])).toEqual([
      '#DIV/0!', '#VALUE!', 0, '', 1.01, -3, 45322, 2024,
      true, true, true, 70, '#N/A',
      'deux', 'div', 0.3, 3, 'bcd',
    ]);
  });

  test('circular references read 0 (Excel shows a warning and 0)', async () => {
    const wb = await household();
    expect(await compute(wb, ['=G2+1', '=F2+1', '=F2+10'])).toEqual([0, 0, 10]);
  });

  test('functions outside the compiled set go through HyperFormula', async () => {
    const wb = await household();
    const before = wb.calc.counters.hfBuilds;
    expect(await compute(wb, ['=SUMPRODUCT(Ménages[Surface m²],Ménages[Surface m²])', '=TEXT(45322,"yyyy-mm-dd")'])).toEqual([50 * 50 + 70 * 70, '2024-01-31']);
    expect(wb.calc.counters.hfBuilds).toBe(before + 1);
  });

  test('evaluation is lazy and cached until something changes', async () => {
    const wb = await household();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ménages').getRange('F2:F4').formulas = [['=B2*2'], ['=B3*2'], ['=B4*2']];
    });
    expect(wb.calc.counters.compiled).toBe(0);
    await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Ménages');
      const r = s.getRange('F2').load('values');
      await ctx.sync();
      expect(r.values).toEqual([[700]]);
      s.getRange('B2').values = [[400]];
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[800]]);
    });
    // one template for the three rows (same R1C1 shape), compiled once
    expect(wb.calc.counters.compiled).toBe(1);
    // B3 is blank (0), B4 is text
    expect(wb.sheet('Ménages')!.values('F3:F4')).toEqual([[0], ['#VALUE!']]);
    expect(wb.calc.counters.compiled).toBe(1);
  });

  test('the two engines agree on a range of formulas', async () => {
    const formulas = [
      '=IF(OR(NOT(ISNUMBER(B2)),B2<=0),"",ROUND(B2*12/RIME_SMIC,2))', '=AND(C2>10,D2="relogé")', '=MAX(B2:C4)+MIN(B2:C4)',
      '=AVERAGE(C2:C4)', '=CONCATENATE(A2,"/",C2)', '=UPPER(TRIM("  a  b "))', '=ABS(-3)*MOD(7,3)', '=INDEX(A2:D4,2,3)',
      '=MATCH("M-3",A2:A4,0)', '=SUMIF(D2:D4,"relogé",C2:C4)', '=ISBLANK(Z1)', '=ISTEXT(B3)', '=2^3^2', '=-2^2', '=5%',
    ];
    const auto = await compute(await household(), formulas);
    const hf = await compute(await household({ engine: 'hyperformula' }), formulas);
    expect(auto).toEqual(hf);
    // B2:C4 holds 350, 50, blank, 70, 'inconnu', 0: MAX 350, MIN 0; B3 is blank so ISTEXT is false
    expect(auto).toEqual([3, true, 350, 40, 'M-1/50', 'A B', 3, 70, 3, 50, true, false, 64, 4, 0.05]);
  });
});
