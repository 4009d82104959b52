/**
 * 普通高中化学课程标准（2017年版2020年修订）, 学生必做实验 (18): 9 in the required modules (必修, codes B)
 * and 9 in the elective-required modules (选择性必修, codes X: 5 in 化学反应原理, 1 in 物质结构与性质, 3 in
 * 有机化学基础). Titles are the standard's; chapters are 人教版 (2019) 实验活动.
 * Worksheets: ./worksheets/cn-senior-2020-chemistry.ts. A bench preset that covers an item goes into its
 * `experiments` list.
 */
import { bi, type CatalogEntry } from './entry';

const standard = 'cn-senior-2020-chemistry' as const;
const b = (n: 1 | 2, zh: string, en: string) => bi(`必修第${'一二'[n - 1]}册 ${zh}`, `Required module ${n} · ${en}`);
const x = (n: 1 | 2 | 3, zh: string, en: string) => bi(`选择性必修${n} ${zh}`, `Elective-required module ${n} · ${en}`);

export const entries: CatalogEntry[] = [
  {
    standard, code: 'B1.1', grade: 10, picture: 'volumetric-flask',
    title: bi('配制一定物质的量浓度的溶液', 'Making a solution of a given amount concentration'),
    chapter: b(1, '第二章 海水中的重要元素——钠和氯 · 实验活动1', 'Ch. 2 Sodium and chlorine · Experiment activity 1'),
    experiments: ['wet-molar-solution'],
    related: ['stoichiometry'],
    note: bi('化学计量实验可练习质量与物质的量的换算（m = n·M）。', 'The reaction-amounts lab practises converting between mass and amount (m = n·M).'),
  },
  {
    standard, code: 'B1.2', grade: 10, picture: 'iron',
    title: bi('铁及其化合物的性质', 'Properties of iron and its compounds'),
    chapter: b(1, '第三章 铁 金属材料 · 实验活动2', 'Ch. 3 Iron and metallic materials · Experiment activity 2'),
    experiments: ['wet-iron'],
    note: bi(
      '实验台上用滴管和药匙完成 Fe³⁺ 的检验、Fe³⁺ 与 Fe²⁺ 的相互转化和氢氧化亚铁的制取；铁与硫酸铜、氯化铁腐蚀铜片见“常见金属的化学性质”。',
      'On the bench, with droppers and a spatula: the test for Fe³⁺, turning Fe³⁺ and Fe²⁺ into one another, and making iron(II) hydroxide; iron in copper sulfate is in “Chemical properties of common metals”.',
    ),
  },
  {
    standard, code: 'B1.3', grade: 10, picture: 'periodic',
    title: bi('同周期、同主族元素性质的递变', 'Trends in properties across a period and down a group'),
    chapter: b(1, '第四章 物质结构 元素周期律 · 实验活动3', 'Ch. 4 Structure of matter and the periodic law · Experiment activity 3'),
    experiments: ['wet-periodic-trends'],
    note: bi(
      '化学实验台上：钠与滴有酚酞的水（用手拿钠、在湿纸上切钠、钠块过大都有后果和说明），镁与冷水和沸水，镁、铝与同浓度的盐酸，比较反应的快慢（速率常数为估计值，只保证 Na ≫ Mg（热水）> Mg（冷水）和 Mg > Al 的顺序）；向 MgCl₂ 和 AlCl₃ 溶液中逐滴加入 NaOH 溶液至过量，Al(OH)₃ 溶解而 Mg(OH)₂ 不溶；向 NaBr、KI 溶液中滴加氯水，向 KI 溶液中滴加溴水，比较颜色。各物质的量按化学计量计算。用四氯化碳萃取尚未模拟。',
      'On the wet bench: sodium in water with phenolphthalein (sodium picked up by hand, cut on wet paper or too big a piece each have their consequence, explained), magnesium in cold and boiling water, magnesium and aluminium in the same hydrochloric acid, comparing rates (the rate constants are estimates that keep the order Na ≫ Mg in hot water > Mg in cold water and Mg > Al); sodium hydroxide dropped to excess into magnesium and aluminium chloride (Al(OH)₃ dissolves, Mg(OH)₂ does not); chlorine water into sodium bromide and potassium iodide, bromine water into potassium iodide, comparing the colours. Amounts by stoichiometry. Extraction with tetrachloromethane is not simulated.',
    ),
  },
  {
    standard, code: 'B2.1', grade: 10, picture: 'precipitation',
    title: bi('用化学沉淀法去除粗盐中的杂质离子', 'Removing impurity ions from crude salt by precipitation'),
    chapter: b(2, '第五章 化工生产中的重要非金属元素 · 实验活动4', 'Ch. 5 Important non-metals in industry · Experiment activity 4'),
    experiments: ['wet-crude-salt-ions'],
    note: bi(
      '化学实验台上：5.0 g 粗盐（NaCl 94%，CaCl₂、MgCl₂、Na₂SO₄ 各 2%）溶于 20 mL 水，依次滴加 BaCl₂、NaOH、饱和 Na₂CO₃ 溶液，过滤，向滤液中滴加盐酸至 pH 试纸显示 7，蒸发结晶；各沉淀的质量和所得 NaCl 按化学计量计算。先加 Na₂CO₃ 后加 BaCl₂、过滤前加酸、试剂不足的后果都会显示并说明。',
      'On the wet bench: 5.0 g of crude salt (94 % NaCl, 2 % each of CaCl₂, MgCl₂, Na₂SO₄) in 20 mL of water; barium chloride, sodium hydroxide and saturated sodium carbonate dropped in, filtered, the filtrate taken to pH 7 with hydrochloric acid and evaporated; each precipitate and the sodium chloride by stoichiometry. Sodium carbonate before barium chloride, acid before filtering and too little of a reagent have their consequences, shown and explained.',
    ),
  },
  {
    standard, code: 'B2.2', grade: 10, picture: 'sulfur',
    title: bi('不同价态含硫物质的转化', 'Converting sulfur compounds between oxidation states'),
    chapter: b(2, '第五章 化工生产中的重要非金属元素 · 实验活动5', 'Ch. 5 Important non-metals in industry · Experiment activity 5'),
    experiments: ['wet-sulfur'],
    note: bi(
      '化学实验台上：Na₂S 与 Na₂SO₃ 溶液混合后加稀硫酸生成淡黄色硫（Na₂SO₃ 不足时放出 H₂S 并给出警告）；Na₂SO₃ 使酸性 KMnO₄ 溶液褪色；Na₂SO₃ 经 H₂O₂ 氧化后与 BaCl₂ 生成不溶于盐酸的 BaSO₄，未氧化的 BaSO₃ 溶于盐酸并放出 SO₂；铜丝与浓硫酸共热（120 ℃ 以上反应）放出 SO₂，通入品红溶液使其褪色，试管口浸有 NaOH 溶液的棉团吸收尾气（不塞棉团时给出警告），铜与热的稀硫酸不反应。盛满 SO₂ 的试管倒立于水中、在水面下拔下胶塞，SO₂ 溶于水（1 体积水约溶解 40 体积 SO₂），试管内液面上升；在水面下塞上胶塞取出，pH 试纸测得溶液 pH 约为 2（H₂SO₃ 的 Ka₁ = 1.4 × 10⁻²）；水温越高，SO₂ 溶解得越少，液面上升得越少。倾斜试管把约 2 mL 溶液倒入另一支试管，滴入 1～2 滴品红溶液，振荡后褪色，加热后恢复红色；管口下没有试管时溶液洒在实验台上，塞着胶塞加热试管会给出警告；不塞胶塞就把试管拿出水面，溶液流出。硫粉与铁粉、铜粉共热生成 FeS、Cu₂S。溶液中的反应按化学计量瞬间完成，反应生成的 SO₂ 和 H₂S 按气体逸出（不计其在水中的溶解）。',
      'On the wet bench: sodium sulfide and sulfite mixed and acidified give pale-yellow sulfur (too little sulfite gives off H₂S, with a warning); sulfite decolourises acidified permanganate; sulfite oxidised by hydrogen peroxide gives barium sulfate that hydrochloric acid leaves, while unoxidised barium sulfite dissolves with SO₂ given off; copper wire heated in concentrated sulfuric acid (reacting above 120 °C) gives SO₂ that bleaches magenta, with NaOH-soaked cotton at the tube’s mouth taking up the rest (warned of without it), and copper in hot dilute acid does not react. A tube full of SO₂ turned over into water and unstoppered under water: the SO₂ dissolves (about 40 volumes per volume of water) and the water rises in the tube; stoppered under water and taken out, pH paper reads about 2 (H₂SO₃, Ka₁ = 1.4 × 10⁻²); the warmer the water, the less SO₂ it takes and the less it rises. About 2 mL of the solution poured from the tipped tube into another, with 1–2 drops of magenta, is bleached and turns red again when heated (tipped with no tube under its mouth, the solution goes on the bench; heating a stoppered tube is warned of); taken out unstoppered, the solution falls out. Iron and copper heated with sulfur give FeS and Cu₂S. The reactions in solution go at once by their stoichiometry; SO₂ and H₂S made in them leave as gas (their solubility in water is left out).',
    ),
  },
  {
    standard, code: 'B2.3', grade: 10, picture: 'galvanic-cell',
    title: bi('化学能转化成电能', 'Turning chemical energy into electrical energy'),
    chapter: b(2, '第六章 化学反应与能量 · 实验活动6', 'Ch. 6 Chemical reactions and energy · Experiment activity 6'),
    experiments: ['wet-cell'],
    note: bi(
      '实验台上用锌片、铜片、稀硫酸和电流表连接原电池；电动势取标准电极电势之差 0.76 V，不计极化，实际电池的电流会较快减小。水果电池等设计尚未模拟。',
      'On the bench: zinc and copper strips, dilute sulfuric acid and a meter; the EMF is the difference of standard potentials, 0.76 V, without polarisation (a real cell’s current soon falls). Fruit cells and other designs are not simulated yet.',
    ),
  },
  {
    standard, code: 'B2.4', grade: 10, picture: 'reaction-rate',
    title: bi('化学反应速率的影响因素', 'What affects the rate of a reaction'),
    chapter: b(2, '第六章 化学反应与能量 · 实验活动7', 'Ch. 6 Chemical reactions and energy · Experiment activity 7'),
    experiments: ['wet-reaction-rate'],
    note: bi(
      '实验台上用大理石与盐酸（或过氧化氢与二氧化锰）和注射器测气体体积随时间的变化；教材中硫代硫酸钠与硫酸出现浑浊的计时实验尚未模拟。',
      'The bench measures gas volume against time with marble and hydrochloric acid (or hydrogen peroxide and manganese dioxide) and a gas syringe; the textbook’s timing of thiosulfate and acid turning cloudy is not simulated yet.',
    ),
  },
  {
    standard, code: 'B2.5', grade: 10, picture: 'ball-stick',
    title: bi('搭建球棍模型认识有机化合物分子结构的特点', 'Building ball-and-stick models of organic molecules'),
    chapter: b(2, '第七章 有机化合物 · 实验活动8', 'Ch. 7 Organic compounds · Experiment activity 8'),
    experiments: ['molecules'],
    start: { molecules: { molecule: 'methane', style: 'ball-and-stick' } },
    note: bi(
      '分子实验给出甲烷、乙烷、乙烯、乙炔、苯、乙醇、乙酸等的三维球棍模型，可旋转并量键角；它不代替亲手插接模型，但可以对照检查。',
      'The molecules lab shows 3D ball-and-stick models of methane, ethane, ethene, ethyne, benzene, ethanol, acetic acid and more, to turn and measure angles; it does not replace building a kit model by hand, but checks one.',
    ),
  },
  {
    standard, code: 'B2.6', grade: 10, picture: 'ethanol',
    title: bi('乙醇、乙酸的主要性质', 'Main properties of ethanol and acetic acid'),
    chapter: b(2, '第七章 有机化合物 · 实验活动9', 'Ch. 7 Organic compounds · Experiment activity 9'),
    experiments: ['wet-ethanol-acetic', 'wet-ester'],
    note: bi(
      '实验台上可做钠与乙醇和水的反应、乙酸使石蕊变红和与碳酸钠反应，以及铜丝在火焰上灼烧变黑、趁热插入乙醇中又变红的乙醇催化氧化（闻到乙醛的刺激性气味）；乙酸与乙醇的酯化反应（实验7-6）在“乙酸乙酯的制备与性质”中做。',
      'The bench does sodium with ethanol and with water, acetic acid turning litmus red and fizzing with sodium carbonate, and the catalytic oxidation of ethanol: a copper wire black from the flame, red again when plunged hot into ethanol, with acetaldehyde’s pungent smell; the esterification of acetic acid with ethanol (Experiment 7-6) is done in “Making ethyl acetate and its properties”.',
    ),
    related: ['molecules'],
    start: { molecules: { molecule: 'ethanol' } },
  },
  {
    standard, code: 'X1.1', grade: 11, picture: 'equilibrium',
    title: bi('探究影响化学平衡移动的因素', 'What shifts a chemical equilibrium'),
    chapter: x(1, '第二章 化学反应速率与化学平衡 · 实验活动1', 'Ch. 2 Reaction rates and equilibrium · Experiment activity 1'),
    experiments: ['wet-equilibrium'],
    note: bi(
      '化学实验台上：向 FeCl₃ 与 KSCN 的浅红色混合液中滴加 FeCl₃ 溶液、KSCN 溶液、NaOH 溶液或加入铁粉，比较颜色深浅（Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺，K = 140 L/mol）；把封有 NO₂ 的试管放入热水和冰水中（2NO₂ ⇌ N₂O₄，ΔH < 0，K 由热力学数据和范特霍夫方程计算）。颜色由平衡浓度计算。',
      'On the bench: drop FeCl₃, KSCN or NaOH solution, or iron powder, into the light-red FeCl₃–KSCN mixture and compare the red (Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, K = 140 L/mol); stand sealed tubes of NO₂ in hot and ice water (2NO₂ ⇌ N₂O₄, ΔH < 0, K from thermodynamic tables and van ’t Hoff). The colours follow the equilibrium concentrations.',
    ),
  },
  {
    standard, code: 'X1.2', grade: 11, picture: 'titration',
    title: bi('强酸与强碱的中和滴定', 'Titrating a strong acid against a strong base'),
    chapter: x(1, '第三章 水溶液中的离子反应与平衡 · 实验活动2', 'Ch. 3 Ionic reactions and equilibria in solution · Experiment activity 2'),
    experiments: ['wet-titration', 'titration'],
    start: { titration: { analyte: 'NaOH', analyteVolumeML: 20, titrant: 'HCl', titrantConcMolL: 0.1, indicator: 'phenolphthalein' } },
    note: bi(
      '化学实验台上：锥形瓶中 20.00 mL 浓度未知的盐酸（教师在检查器中可见其浓度），滴定管中 0.1000 mol/L NaOH 标准溶液；学生读滴定管（到 0.01 mL，俯视、仰视有视差），由指示剂变色判断终点并计算 c(HCl)。滴定实验则可画出完整的滴定曲线。pH 都由精确的电荷平衡计算（25 ℃）。',
      'On the wet bench: 20.00 mL of hydrochloric acid of unknown concentration in the conical flask (the teacher sees it in the inspector), 0.1000 mol/L sodium hydroxide in the burette; students read the burette (to 0.01 mL, with parallax from above or below), judge the end point by the indicator and work out c(HCl). The titration lab draws the whole curve. Both take the pH from an exact charge balance (25 °C).',
    ),
  },
  {
    standard, code: 'X1.3', grade: 11, picture: 'hydrolysis',
    title: bi('盐类水解的应用', 'Applications of salt hydrolysis'),
    chapter: x(1, '第三章 水溶液中的离子反应与平衡 · 实验活动3', 'Ch. 3 Ionic reactions and equilibria in solution · Experiment activity 3'),
    experiments: ['wet-salt-hydrolysis'],
    related: ['titration'],
    start: { titration: { analyte: 'acetic', titrant: 'NaOH', indicator: 'phenolphthalein' } },
    note: bi(
      '化学实验台上：用 pH 试纸（读到整数）和 pH 计（读到 0.01）测定 0.1 mol/L NaCl、Na₂CO₃、NaHCO₃、CH₃COONa、NH₄Cl、Al₂(SO₄)₃ 溶液的 pH，pH 由精确的电荷平衡计算（25 ℃，不计活度系数）；向 NaHCO₃ 溶液中滴加 Al₂(SO₄)₃ 溶液（泡沫灭火器原理），生成白色 Al(OH)₃ 沉淀和 CO₂，用量按化学计量计算；向沸水中滴加 FeCl₃ 溶液得到红褐色 Fe(OH)₃ 胶体，滴入冷水中只得到浅黄色溶液。丁达尔效应、加热 Na₂CO₃ 溶液和温度对 Kw、Ka 的影响尚未模拟。用氢氧化钠滴定醋酸，等当点 pH 大于 7：醋酸根的水解使溶液显碱性。',
      'On the wet bench: measure the pH of 0.1 mol/L NaCl, Na₂CO₃, NaHCO₃, CH₃COONa, NH₄Cl and Al₂(SO₄)₃ with pH paper (to a whole number) and the pH meter (to 0.01), from an exact charge balance (25 °C, activity coefficients left out); drop aluminium sulfate into sodium hydrogencarbonate (the foam extinguisher): white Al(OH)₃ and CO₂ by stoichiometry; iron(III) chloride dropped into boiling water gives the red-brown Fe(OH)₃ colloid, into cold water only a pale yellow solution. The Tyndall effect, heating sodium carbonate solution and the temperature dependence of Kw and Ka are not simulated yet. Titrating acetic acid with sodium hydroxide puts the equivalence point above pH 7: acetate hydrolysis makes the solution basic.',
    ),
  },
  {
    standard, code: 'X1.4', grade: 11, picture: 'electroplating',
    title: bi('简单的电镀实验', 'A simple electroplating experiment'),
    chapter: x(1, '第四章 化学反应与电能 · 实验活动4', 'Ch. 4 Chemical reactions and electricity · Experiment activity 4'),
    experiments: ['wet-electroplating'],
    note: bi(
      '实验台上用学生电源（带电流表）、铜片（阳极）、硫酸铜溶液和铁制镀件（阴极）电镀铜，电子天平称量镀件前后的质量，增重符合 m = I·t·M/(2F)；前处理只模拟热碳酸钠溶液除油（砂纸打磨、酸洗除锈未模拟），铁在硫酸铜溶液中未通电时的置换不计。',
      'On the bench: a student supply with its ammeter, a copper anode, copper sulfate solution and an iron piece as the cathode, weighed before and after on an electronic balance; the gain follows m = I·t·M/(2F). Of the pretreatment only degreasing in hot sodium carbonate solution is simulated (sanding and pickling are not), and iron’s displacement of copper before the current is on is left out.',
    ),
  },
  {
    standard, code: 'X1.5', grade: 11, picture: 'fuel-cell',
    title: bi('制作简单的燃料电池', 'Making a simple fuel cell'),
    chapter: x(1, '第四章 化学反应与电能 · 实验活动5', 'Ch. 4 Chemical reactions and electricity · Experiment activity 5'),
    experiments: ['wet-fuel-cell'],
    note: bi(
      '实验台上用两根石墨棒在硫酸钠溶液中电解，再断开电源接电流表：石墨棒孔隙中吸附的氢气和氧气使电池放电，电动势取约 0.98 V（低于理论值 1.23 V），电流随吸附气体的消耗而减小；以发光二极管代替电流表尚未模拟。',
      'On the bench: two graphite rods in sodium sulfate solution are electrolysed, then joined through a meter: the hydrogen and oxygen held in their pores run the cell (EMF about 0.98 V, below the reversible 1.23 V), the current falling as the gas is used. An LED instead of the meter is not simulated yet.',
    ),
  },
  {
    standard, code: 'X2.1', grade: 11, picture: 'complex',
    title: bi('简单配合物的制备', 'Preparing simple coordination compounds'),
    chapter: x(2, '第三章 晶体结构与性质 · 实验活动：简单配合物的形成', 'Ch. 3 Crystal structure and properties · Experiment activity: forming simple complexes'),
    experiments: ['wet-complexes'],
    note: bi(
      '化学实验台上：向 CuSO₄ 溶液中逐滴加入氨水，先生成 Cu(OH)₂ 沉淀（每个 Cu 需 2 个 NH₃ 时最多），继续加氨水沉淀溶解为深蓝色 [Cu(NH₃)₄]²⁺（4 个 NH₃ 时全部溶解），加入乙醇析出 [Cu(NH₃)₄]SO₄·H₂O 晶体；FeCl₃ 与 KSCN；AgCl 溶于氨水。用量按化学计量计算。第 18 个必做实验。课标（物质结构与性质模块）称“简单配合物的制备”，人教版选择性必修2 的实验活动题为“简单配合物的形成”。依据：课标选择性必修的 9 个学生必做实验按模块为 5 + 1 + 3，本项是“物质结构与性质”模块唯一的一项（据教师用书与课标摘录核对，未见课标原文，请以课标为准）。',
      'On the bench: ammonia dropped into CuSO₄ solution first precipitates Cu(OH)₂ (most at 2 NH₃ per Cu), then dissolves it to deep blue [Cu(NH₃)₄]²⁺ (all at 4 NH₃), and ethanol brings out [Cu(NH₃)₄]SO₄·H₂O crystals; FeCl₃ with KSCN; AgCl dissolving in ammonia. Amounts by stoichiometry. The 18th required experiment. The standard (module “Structure and properties of matter”) calls it “preparing simple coordination compounds”; PEP elective-required module 2 titles its activity “forming simple complexes”. Basis: the standard’s 9 elective-required experiments fall 5 + 1 + 3 across its three modules, and this is the only one of the structure module (checked against a teacher’s guide quoting the standard, not the standard’s own text: confirm there).',
    ),
  },
  {
    standard, code: 'X3.1', grade: 11, picture: 'ester',
    title: bi('乙酸乙酯的制备与性质', 'Preparing ethyl acetate and its properties'),
    chapter: x(3, '第三章 烃的衍生物 · 实验活动1', 'Ch. 3 Hydrocarbon derivatives · Experiment activity 1'),
    experiments: ['wet-ester'],
    note: bi(
      '实验台上的酯化反应是可逆的（K 取 4），浓硫酸作催化剂，不加浓硫酸时几乎不反应；乙酸乙酯随乙醇和乙酸一起蒸出，浮在饱和碳酸钠溶液上形成油层，带出的乙酸与碳酸钠反应产生气泡。不加碎瓷片会暴沸，导管口插入溶液中会倒吸，加热过猛收集到的酯减少。水解在 75 ℃ 水浴中比较：碱性条件下最快。用分液漏斗分离尚未模拟。',
      'On the bench the esterification is reversible (K taken as 4) and catalysed by concentrated sulfuric acid (almost nothing without it); the ester distils over with some ethanol and acid, floats on the saturated sodium carbonate solution as an oily layer, and the acid carried over gives bubbles. No porcelain makes it bump, the tube’s end dipped in the solution sucks back, strong heating collects less ester. Hydrolysis is compared in a 75 °C bath: fastest with alkali. Separating with a funnel is not simulated yet.',
    ),
  },
  {
    standard, code: 'X3.2', grade: 11, picture: 'functional-groups',
    title: bi('有机化合物中常见官能团的检验', 'Testing for common functional groups in organic compounds'),
    chapter: x(3, '第三章 烃的衍生物 · 实验活动2', 'Ch. 3 Hydrocarbon derivatives · Experiment activity 2'),
    experiments: ['wet-functional-groups'],
    related: ['molecules'],
    note: bi(
      '化学实验台上：向 1-己烯中滴加溴水和酸性 KMnO₄ 溶液，颜色褪去（己烷作对照）；向苯酚稀溶液中滴加 FeCl₃ 溶液显紫色（乙醇作对照），滴加饱和溴水生成白色沉淀；1-溴丁烷在热水浴中与 NaOH 溶液共热后，先加稀硝酸再加 AgNO₃ 溶液生成浅黄色沉淀（不先酸化则生成褐黑色 Ag₂O）；乙酸与 NaHCO₃ 溶液产生气泡。各物质的量按化学计量计算。有机层与水层的分层和醛基的检验尚未模拟。',
      'On the wet bench: bromine water and acidified permanganate dropped into 1-hexene lose their colour (hexane as the control); iron(III) chloride turns dilute phenol violet (ethanol as the control) and saturated bromine water gives a white precipitate with it; 1-bromobutane warmed with sodium hydroxide in a water bath, then dilute nitric acid and silver nitrate, gives pale-yellow AgBr (without the acid first, brown-black Ag₂O); acetic acid fizzes with sodium hydrogencarbonate. Amounts by stoichiometry. The organic layer separating from the water and the aldehyde test are not simulated yet.',
    ),
    start: { molecules: { molecule: 'formaldehyde' } },
  },
  {
    standard, code: 'X3.3', grade: 11, picture: 'sugars',
    title: bi('糖类的性质', 'Properties of sugars'),
    chapter: x(3, '第四章 生物大分子 · 实验活动3', 'Ch. 4 Biological macromolecules · Experiment activity 3'),
    experiments: ['wet-sugars'],
    note: bi(
      '化学实验台上：葡萄糖与新制 Cu(OH)₂（NaOH 过量）共热生成砖红色 Cu₂O，NaOH 不足时只变黑（CuO）；逐滴加氨水至沉淀恰好溶解制银氨溶液，葡萄糖在热水浴中生成银镜，直接在火焰上加热则析出黑色银粉；蔗糖不能发生银镜反应，经稀硫酸水解并用 NaOH 中和后才能，忘记中和则无银镜；淀粉遇碘变蓝，酸性水解后不再变蓝，中和后能发生银镜反应。用量按化学计量计算（1 mol 葡萄糖生成 1 mol Cu₂O 或 2 mol Ag）。',
      'On the bench: glucose heated with freshly made Cu(OH)₂ (NaOH in excess) gives brick-red Cu₂O, with too little NaOH it only goes black (CuO); Tollens’ reagent made by adding ammonia until the precipitate just dissolves, glucose in a warm water bath gives a silver mirror, heated directly in the flame black silver powder; sucrose gives no mirror until hydrolysed with dilute sulfuric acid and neutralised with NaOH (forgetting to neutralise: no mirror); starch turns iodine blue, no longer after acid hydrolysis, and then (neutralised) gives a mirror. Amounts by stoichiometry (1 mol glucose gives 1 mol Cu₂O or 2 mol Ag).',
    ),
    related: ['molecules'],
    start: { molecules: { molecule: 'glucose' } },
  },
];
