/**
 * Worksheets of 普通高中化学课程标准（2017年版2020年修订）学生必做实验, by entry code, following 人教版
 * (2019) 实验活动. What only the teacher handles (concentrated acids, sodium, bromine in CCl₄, NO₂) is
 * said so in the steps. Steps of covered items say how to do them in the lab that covers them.
 */
import type { Worksheets } from '../catalog';

export const worksheets: Worksheets = {
  'B1.1': {
    'zh-CN': {
      goal: '配制 100 mL 1.00 mol/L NaCl 溶液，学会使用容量瓶，并分析操作对浓度的影响。',
      apparatus: ['100 mL 容量瓶', '托盘天平（或电子天平）', '药匙', '称量纸', '烧杯', '玻璃棒', '胶头滴管', '量筒', 'NaCl 固体', '蒸馏水'],
      steps: [
        '真实实验中：检查容量瓶是否漏水。',
        '计算：m(NaCl) = 0.100 L × 1.00 mol/L × 58.5 g/mol = 5.85 g（托盘天平称取 5.9 g）。',
        '打开“配制一定物质的量浓度的溶液（化学实验台）”：天平右盘已放 5 g 砝码、游码在 0.9 g；选中天平，在左盘加 NaCl 直到指针在分度盘中央左右摆动。',
        '选中烧杯，勾选“倒入氯化钠和水并搅拌”：NaCl 倒入烧杯中的 40 mL 水里；运行，用玻璃棒搅拌直到完全溶解（冷却到室温）。',
        '选中容量瓶：用玻璃棒引流，把溶液转移到容量瓶中；用少量蒸馏水洗涤烧杯内壁和玻璃棒 2～3 次，洗涤液也全部转入容量瓶，轻轻摇动使溶液混合。',
        '定容：加水至液面离刻度线 1～2 cm 时，改用胶头滴管滴加，至凹液面与刻度线相切（视线与刻度线相平）；在“仪器近看”中看凹液面和刻度线。',
        '记录所配溶液的浓度；再做几次：不洗涤、定容时俯视或仰视、未完全溶解就转移，比较浓度。',
      ],
      record: ['计算过程', '称得的 NaCl 质量', '所配溶液的浓度', '各种错误操作下的浓度'],
      questions: [
        '为什么要洗涤烧杯和玻璃棒，并把洗涤液转入容量瓶？',
        '定容时俯视刻度线，所配溶液的浓度偏高还是偏低？',
        '摇匀后发现液面低于刻度线，能否再加水至刻度线？为什么？',
      ],
    },
    en: {
      goal: 'Make 100 mL of 1.00 mol/L sodium chloride solution with a volumetric flask, and see how each step affects the concentration.',
      apparatus: ['100 mL volumetric flask', 'Tray (or electronic) balance', 'Spatula', 'Weighing paper', 'Beaker', 'Glass rod', 'Dropper', 'Measuring cylinder', 'Sodium chloride', 'Distilled water'],
      steps: [
        'On a real bench: check that the flask does not leak.',
        'Calculate: m(NaCl) = 0.100 L × 1.00 mol/L × 58.5 g/mol = 5.85 g (5.9 g on a tray balance).',
        'Open “Making a solution of a given amount concentration (wet bench)”: 5 g of weights are on the right pan and the rider is at 0.9 g; select the balance and add salt to the left pan until the pointer swings about the middle.',
        'Select the beaker and tick “Salt and water poured in, stirred”: the salt goes into its 40 mL of water; run, stirring with the glass rod until it has all dissolved (and cooled to room temperature).',
        'Select the volumetric flask: pour the solution in down the glass rod; rinse the beaker and rod 2–3 times with a little water and add the rinsings to the flask; swirl gently.',
        'Make up to the mark: add water to 1–2 cm below the mark, then drop by drop until the bottom of the meniscus touches the mark, your eye level with it; look at the meniscus and the mark in “Instruments up close”.',
        'Record the concentration made; do it again without rinsing, looking down or up at the mark, or pouring before the salt has dissolved, and compare.',
      ],
      record: ['Your calculation', 'Mass of salt weighed', 'Concentration of the solution made', 'The concentration after each wrong step'],
      questions: [
        'Why rinse the beaker and rod and add the rinsings to the flask?',
        'If you look down on the mark when making up to volume, is the concentration too high or too low?',
        'After mixing, the level is below the mark. May you add water up to the mark again? Why?',
      ],
    },
  },
  'B1.2': {
    'zh-CN': {
      goal: '认识铁单质、Fe²⁺ 和 Fe³⁺ 的性质及其相互转化，学会检验 Fe³⁺。',
      apparatus: ['试管', '胶头滴管', '铁粉', '铜片', 'CuSO₄ 溶液', 'FeCl₃ 溶液', '新配制的 FeSO₄ 溶液', 'KSCN 溶液', 'NaOH 溶液', '3% H₂O₂ 溶液', '稀硫酸'],
      steps: [
        '铁的还原性：向 CuSO₄ 溶液中加入少量铁粉，振荡，观察。',
        '检验 Fe³⁺：向 FeCl₃ 溶液中滴加 KSCN 溶液，观察。',
        'Fe³⁺ 的氧化性：向 FeCl₃ 溶液中加入过量铁粉，振荡后滴加 KSCN 溶液；另向 FeCl₃ 溶液中放入铜片，观察。',
        'Fe²⁺ 的还原性：向 FeSO₄ 溶液中滴加 KSCN 溶液，再滴加少量稀硫酸和 H₂O₂ 溶液，观察。',
        '向 FeSO₄ 溶液中滴加 NaOH 溶液，观察沉淀颜色的变化。',
        '在 Sprout Lab 中打开“铁及其化合物的性质（化学实验台）”：把滴管拖到试管口上方，勾选“挤压胶头”滴加；把药匙拖到 T2 口上方，勾选“倾倒”加入铁粉。依次做：T1 滴 KSCN；T2 滴 KSCN 后加铁粉；T3（FeCl₂）滴 KSCN 后再滴氯水（或稀盐酸和 H₂O₂）；T4 滴 NaOH，观察 1 分钟；重置后先在 T4 液面上滴植物油，再把 NaOH 滴管的尖端拖到液面以下滴加，比较沉淀的颜色。记录各试管的测量值。',
      ],
      record: ['各步现象', 'Fe + Cu²⁺ = Fe²⁺ + Cu；2Fe³⁺ + Fe = 3Fe²⁺；2Fe³⁺ + Cu = 2Fe²⁺ + Cu²⁺；2Fe²⁺ + H₂O₂ + 2H⁺ = 2Fe³⁺ + 2H₂O；4Fe(OH)₂ + O₂ + 2H₂O = 4Fe(OH)₃'],
      questions: [
        '怎样检验某溶液中含有 Fe²⁺ 而不含 Fe³⁺？',
        '保存 FeSO₄ 溶液时为什么要加入少量铁粉？',
        '用 FeCl₃ 溶液腐蚀铜制印刷电路板，写出离子方程式并说明其中的氧化剂。',
      ],
    },
    en: {
      goal: 'Observe the properties of iron, iron(II) and iron(III) and how they turn into one another, and learn the test for Fe³⁺.',
      apparatus: ['Test tubes', 'Droppers', 'Iron powder', 'Copper strip', 'Copper(II) sulfate solution', 'Iron(III) chloride solution', 'Freshly made iron(II) sulfate solution', 'Potassium thiocyanate solution', 'Sodium hydroxide solution', '3% hydrogen peroxide', 'Dilute sulfuric acid'],
      steps: [
        'Iron as a reducing agent: add a little iron powder to copper(II) sulfate solution, shake and watch.',
        'Test for Fe³⁺: add thiocyanate to iron(III) chloride solution.',
        'Fe³⁺ as an oxidising agent: add excess iron powder to iron(III) chloride solution, shake, then add thiocyanate; put a copper strip in iron(III) chloride solution.',
        'Fe²⁺ as a reducing agent: add thiocyanate to iron(II) sulfate solution, then a little dilute acid and hydrogen peroxide.',
        'Add sodium hydroxide solution to iron(II) sulfate solution and watch the colour of the precipitate change.',
        'In Sprout Lab open “Properties of iron and its compounds (wet bench)”: drag a dropper above a tube’s mouth and tick “Squeeze the bulb”; drag the spatula above T2 and tick “Tip it over” to add iron powder. In turn: thiocyanate into T1; thiocyanate then iron powder into T2; thiocyanate then chlorine water (or acid and hydrogen peroxide) into T3 (FeCl₂); sodium hydroxide into T4, watching for a minute; after Reset, a few drops of oil on T4 first, then the sodium hydroxide with the dropper’s tip dragged below the surface, and compare the precipitate. Record each tube’s readings.',
      ],
      record: ['What happened at each step', 'Fe + Cu²⁺ = Fe²⁺ + Cu; 2Fe³⁺ + Fe = 3Fe²⁺; 2Fe³⁺ + Cu = 2Fe²⁺ + Cu²⁺; 2Fe²⁺ + H₂O₂ + 2H⁺ = 2Fe³⁺ + 2H₂O; 4Fe(OH)₂ + O₂ + 2H₂O = 4Fe(OH)₃'],
      questions: [
        'How do you show that a solution contains Fe²⁺ but no Fe³⁺?',
        'Why is a little iron powder kept in iron(II) sulfate solution?',
        'Iron(III) chloride etches copper circuit boards: write the ionic equation and name the oxidising agent.',
      ],
    },
  },
  'B1.3': {
    'zh-CN': {
      goal: '通过实验比较 Na、Mg、Al 的金属性和 Cl、Br、I 的非金属性，认识同周期、同主族元素性质的递变规律。',
      apparatus: ['烧杯', '试管', '酒精灯', '镊子', '砂纸', '钠（由老师切取绿豆大小）', '镁条', '铝片', '酚酞溶液', '稀盐酸', 'MgCl₂ 溶液', 'AlCl₃ 溶液', 'NaOH 溶液', '氯水', '溴水', 'NaBr 溶液', 'KI 溶液', '四氯化碳（或淀粉溶液）'],
      steps: [
        '向盛水的烧杯中滴入酚酞，投入老师切好的绿豆大小的钠，观察（盖上玻璃片，远离烧杯）。',
        '把打磨过的镁条放入冷水中，再加热至沸，滴入酚酞，观察。',
        '取打磨过的镁条和铝片，分别放入同浓度、同体积的稀盐酸中，比较反应的快慢。',
        '向 MgCl₂ 溶液和 AlCl₃ 溶液中分别逐滴加入 NaOH 溶液至过量，观察沉淀是否溶解。',
        '向 NaBr 溶液中滴加氯水，向 KI 溶液中分别滴加氯水和溴水，振荡后加少量四氯化碳（或淀粉溶液），观察颜色。',
        '在 Sprout Lab 中打开“同周期、同主族元素性质的递变（化学实验台）”：把滴管拖到试管口上方，勾选“挤压胶头”滴加，取消勾选后再勾选可再滴一次。勾选 Y1 的“倾倒”把钠投入 B1，观察现象；把 T7 拖到酒精灯火焰上加热至沸，与冷水中的 T6 比较；比较 T8（镁）和 T9（铝）中产生氢气的快慢。T1（MgCl₂）和 T2（AlCl₃）中每次滴入 6 滴 NaOH 溶液，共滴 4 次，记录每次后两支试管中沉淀的质量；T3（NaBr）滴氯水，T4（KI）滴氯水，T5（KI）滴溴水，比较颜色并记录置换出的 Br₂、I₂。',
      ],
      record: ['各步现象', '2Na + 2H₂O = 2NaOH + H₂↑；Al(OH)₃ + OH⁻ = [Al(OH)₄]⁻；Cl₂ + 2Br⁻ = 2Cl⁻ + Br₂；Br₂ + 2I⁻ = 2Br⁻ + I₂', '结论：金属性 Na > Mg > Al，非金属性 Cl > Br > I'],
      questions: [
        '比较元素金属性的强弱可以用哪些事实？非金属性呢？',
        '第 4 步说明 Mg(OH)₂ 和 Al(OH)₃ 哪个碱性更强？',
        '从原子结构解释：为什么同主族从上到下非金属性减弱？',
      ],
    },
    en: {
      goal: 'Compare the metallic character of Na, Mg and Al and the non-metallic character of Cl, Br and I by experiment: trends across a period and down a group.',
      apparatus: ['Beaker', 'Test tubes', 'Spirit lamp', 'Tweezers', 'Sandpaper', 'Sodium (a piece the size of a mung bean, cut by the teacher)', 'Magnesium ribbon', 'Aluminium foil', 'Phenolphthalein', 'Dilute hydrochloric acid', 'Magnesium chloride solution', 'Aluminium chloride solution', 'Sodium hydroxide solution', 'Chlorine water', 'Bromine water', 'Sodium bromide solution', 'Potassium iodide solution', 'Tetrachloromethane (or starch solution)'],
      steps: [
        'Add phenolphthalein to water in a beaker and drop in the small piece of sodium cut by the teacher (cover with a glass plate and stand back).',
        'Put cleaned magnesium ribbon in cold water, then heat to boiling and add phenolphthalein.',
        'Put cleaned magnesium and aluminium into equal volumes of the same dilute acid and compare the rates.',
        'Add sodium hydroxide solution drop by drop, to excess, to magnesium chloride and to aluminium chloride solutions: does the precipitate dissolve?',
        'Add chlorine water to sodium bromide solution, and chlorine water and bromine water to potassium iodide solution; shake with a little tetrachloromethane (or add starch) and note the colours.',
        'In Sprout Lab open “Trends across a period and down a group (wet bench)”: drag a dropper above a tube’s mouth and tick “Squeeze the bulb”; untick and tick again for another squeeze. Tick “Tip it over” on Y1 to drop the sodium into B1 and watch; drag T7 into the lamp’s flame and boil it, comparing it with T6 in cold water; compare how fast T8 (magnesium) and T9 (aluminium) give hydrogen. Squeeze six drops of sodium hydroxide into T1 (MgCl₂) and T2 (AlCl₃) four times, recording the precipitate in each tube after every squeeze; chlorine water into T3 (NaBr) and T4 (KI), bromine water into T5 (KI): compare the colours and record the Br₂ and I₂ set free.',
      ],
      record: ['What happened at each step', '2Na + 2H₂O = 2NaOH + H₂↑; Al(OH)₃ + OH⁻ = [Al(OH)₄]⁻; Cl₂ + 2Br⁻ = 2Cl⁻ + Br₂; Br₂ + 2I⁻ = 2Br⁻ + I₂', 'Conclusions: metallic Na > Mg > Al; non-metallic Cl > Br > I'],
      questions: [
        'Which facts can be used to compare metallic character? Non-metallic character?',
        'What does step 4 show about the basicity of Mg(OH)₂ and Al(OH)₃?',
        'Explain from atomic structure why non-metallic character decreases down a group.',
      ],
    },
  },
  'B2.1': {
    'zh-CN': {
      goal: '用化学沉淀法除去粗盐溶液中的 Ca²⁺、Mg²⁺ 和 SO₄²⁻，体会除杂试剂的选择、用量和加入顺序。',
      apparatus: ['托盘天平', '烧杯', '玻璃棒', '量筒', '漏斗和滤纸', '铁架台', '蒸发皿', '酒精灯', '胶头滴管', 'pH 试纸', '粗盐', 'BaCl₂ 溶液', 'NaOH 溶液', 'Na₂CO₃ 溶液', '稀盐酸', '蒸馏水'],
      steps: [
        '称取约 5 g 粗盐，加约 20 mL 水溶解。',
        '依次加入稍过量的 BaCl₂ 溶液（除 SO₄²⁻）、NaOH 溶液（除 Mg²⁺）、Na₂CO₃ 溶液（除 Ca²⁺ 和过量的 Ba²⁺）；静置后向上层清液中再滴一滴 BaCl₂ 溶液，不再浑浊说明 SO₄²⁻ 已沉淀完全。',
        '过滤，除去所有沉淀。',
        '向滤液中滴加稀盐酸，用 pH 试纸检验，至溶液呈中性或微酸性。',
        '把溶液倒入蒸发皿，蒸发结晶，得到精盐。',
      ],
      record: ['试剂的加入顺序和现象', '各沉淀的质量；所得精盐的质量，与粗盐中原有的 NaCl 比较', 'Ba²⁺ + SO₄²⁻ = BaSO₄↓；Mg²⁺ + 2OH⁻ = Mg(OH)₂↓；Ca²⁺ + CO₃²⁻ = CaCO₃↓；Ba²⁺ + CO₃²⁻ = BaCO₃↓；CO₃²⁻ + 2H⁺ = H₂O + CO₂↑'],
      questions: [
        '为什么 Na₂CO₃ 溶液必须在 BaCl₂ 溶液之后加入？',
        '为什么要先过滤，再加盐酸？',
        '除杂试剂为什么都要“稍过量”？过量的试剂又是怎样除去的？',
      ],
    },
    en: {
      goal: 'Remove Ca²⁺, Mg²⁺ and SO₄²⁻ from a crude salt solution by precipitation, and think about the choice, amount and order of the reagents.',
      apparatus: ['Tray balance', 'Beaker', 'Glass rod', 'Measuring cylinder', 'Funnel and filter paper', 'Retort stand', 'Evaporating dish', 'Spirit lamp', 'Dropper', 'pH paper', 'Crude salt', 'Barium chloride solution', 'Sodium hydroxide solution', 'Sodium carbonate solution', 'Dilute hydrochloric acid', 'Distilled water'],
      steps: [
        'Dissolve about 5 g of crude salt in about 20 mL of water.',
        'Add, each slightly in excess and in this order, barium chloride (removes SO₄²⁻), sodium hydroxide (Mg²⁺) and sodium carbonate (Ca²⁺ and the extra Ba²⁺); let it settle and add one more drop of barium chloride to the clear top: no cloudiness means the sulfate is gone.',
        'Filter off all the precipitates.',
        'Add dilute hydrochloric acid to the filtrate until pH paper shows it neutral or slightly acidic.',
        'Evaporate in the dish to crystallise the purified salt.',
      ],
      record: ['Order of the reagents and what happened', 'Mass of each precipitate; mass of the purified salt, compared with the NaCl the crude salt held', 'Ba²⁺ + SO₄²⁻ = BaSO₄↓; Mg²⁺ + 2OH⁻ = Mg(OH)₂↓; Ca²⁺ + CO₃²⁻ = CaCO₃↓; Ba²⁺ + CO₃²⁻ = BaCO₃↓; CO₃²⁻ + 2H⁺ = H₂O + CO₂↑'],
      questions: [
        'Why must sodium carbonate be added after barium chloride?',
        'Why filter before adding the acid?',
        'Why is each reagent added slightly in excess, and how is each excess removed?',
      ],
    },
  },
  'B2.2': {
    'zh-CN': {
      goal: '通过实验实现硫元素在 −2、0、+4、+6 价之间的转化，认识氧化还原反应在物质转化中的作用。',
      apparatus: ['试管', '胶头滴管', '酒精灯', '铁架台', '浸有 NaOH 溶液的棉团', 'Na₂S 溶液', 'Na₂SO₃ 溶液', '酸性 KMnO₄ 溶液', '稀硫酸', 'H₂O₂ 溶液', 'BaCl₂ 溶液', '稀盐酸', '品红溶液', '（教师演示）铜片和浓硫酸、硫粉和铁粉'],
      steps: [
        '+4 → +6：向酸性 KMnO₄ 溶液中滴加 Na₂SO₃ 溶液，观察颜色的变化。',
        '−2 与 +4 → 0：向 Na₂S 溶液中加入 Na₂SO₃ 溶液，再滴加稀硫酸，观察。',
        '+4 → +6 的检验：向 Na₂SO₃ 溶液中滴加 H₂O₂ 溶液，再滴加 BaCl₂ 溶液和稀盐酸，观察沉淀是否溶解；与未加 H₂O₂ 的 Na₂SO₃ 溶液对比。',
        '+6 → +4（教师演示，通风）：铜与浓硫酸共热，把生成的气体通入品红溶液，试管口塞浸有 NaOH 溶液的棉团吸收尾气。',
        '0 → −2（教师演示）：硫粉与铁粉混合后加热，观察。',
        '画出含硫物质价态转化的关系图，标出所用的氧化剂或还原剂。',
      ],
      record: ['各步现象', '2MnO₄⁻ + 5SO₃²⁻ + 6H⁺ = 2Mn²⁺ + 5SO₄²⁻ + 3H₂O；2S²⁻ + SO₃²⁻ + 6H⁺ = 3S↓ + 3H₂O；Cu + 2H₂SO₄(浓) =△= CuSO₄ + SO₂↑ + 2H₂O；Fe + S =△= FeS'],
      questions: [
        '上述转化中，哪些物质作氧化剂，哪些作还原剂？',
        '为什么要用浸有 NaOH 溶液的棉团？',
        'SO₂ 为什么既有氧化性又有还原性？',
      ],
    },
    en: {
      goal: 'Convert sulfur between its −2, 0, +4 and +6 states by experiment, and see the part redox reactions play in such conversions.',
      apparatus: ['Test tubes', 'Droppers', 'Spirit lamp', 'Retort stand', 'Cotton wool soaked in sodium hydroxide solution', 'Sodium sulfide solution', 'Sodium sulfite solution', 'Acidified potassium permanganate', 'Dilute sulfuric acid', 'Hydrogen peroxide solution', 'Barium chloride solution', 'Dilute hydrochloric acid', 'Magenta (fuchsine) solution', '(Teacher’s demonstration) copper and concentrated sulfuric acid; sulfur and iron powders'],
      steps: [
        '+4 → +6: add sodium sulfite solution to acidified permanganate and watch the colour.',
        '−2 and +4 → 0: mix sodium sulfide and sodium sulfite solutions, then add dilute sulfuric acid.',
        'Testing +4 → +6: add hydrogen peroxide to sodium sulfite solution, then barium chloride and dilute hydrochloric acid; does the precipitate dissolve? Compare with sodium sulfite not treated with peroxide.',
        '+6 → +4 (teacher, ventilated): heat copper with concentrated sulfuric acid and pass the gas into magenta solution; the soaked cotton at the tube’s mouth absorbs what escapes.',
        '0 → −2 (teacher): heat a mixture of sulfur and iron powders.',
        'Draw a map of the conversions between the sulfur compounds, naming the oxidising or reducing agent on each arrow.',
      ],
      record: ['What happened at each step', '2MnO₄⁻ + 5SO₃²⁻ + 6H⁺ = 2Mn²⁺ + 5SO₄²⁻ + 3H₂O; 2S²⁻ + SO₃²⁻ + 6H⁺ = 3S↓ + 3H₂O; Cu + 2H₂SO₄(conc.) =heat= CuSO₄ + SO₂↑ + 2H₂O; Fe + S =heat= FeS'],
      questions: [
        'In these conversions, which substances are oxidising agents and which reducing agents?',
        'What is the cotton soaked in sodium hydroxide for?',
        'Why can SO₂ act both as an oxidising and as a reducing agent?',
      ],
    },
  },
  'B2.3': {
    'zh-CN': {
      goal: '用锌片、铜片和稀硫酸组成原电池，认识原电池的构成条件和工作原理。',
      apparatus: ['锌片', '铜片', '石墨棒', '稀硫酸', '乙醇', '烧杯', '导线', '灵敏电流计', '水果（西红柿、苹果等）'],
      steps: [
        '把锌片和铜片分别插入稀硫酸中（两片不接触），观察；再用导线经电流计把两片连接起来，观察电流计和铜片表面。',
        '由电流计指针的偏转判断电流方向，确定正极和负极。',
        '分别改变条件：两片都用锌片；用石墨棒代替铜片；用乙醇代替稀硫酸；断开导线。观察电流计，归纳原电池的构成条件。',
        '用水果代替稀硫酸制作水果电池，用电流计检验。',
        '在 Sprout Lab 中打开“化学能转化成电能（化学实验台）”：先观察两金属片上哪里产生气泡；再从锌片和铜片的夹子拖导线到电流表的接线柱，运行，记录电流表读数和铜片上的氢气；把第二块金属片换成锌，或把烧杯中的液体换成乙醇，再记录。',
      ],
      record: ['每种条件下电流计是否偏转、两极的现象', '负极 Zn − 2e⁻ = Zn²⁺；正极 2H⁺ + 2e⁻ = H₂↑'],
      questions: [
        '原电池的构成条件有哪些？',
        '电子在外电路中怎样移动？溶液中的阳离子和阴离子各向哪一极移动？',
        '一个水果电池为什么一般点不亮小灯泡？怎样才能得到更高的电压？',
      ],
    },
    en: {
      goal: 'Make a cell from zinc, copper and dilute sulfuric acid, and learn what a galvanic cell needs and how it works.',
      apparatus: ['Zinc strip', 'Copper strip', 'Graphite rod', 'Dilute sulfuric acid', 'Ethanol', 'Beaker', 'Wires', 'Sensitive galvanometer', 'Fruit (tomato, apple…)'],
      steps: [
        'Put the zinc and copper strips into dilute sulfuric acid, not touching, and watch; then connect them through the galvanometer and watch the meter and the copper surface.',
        'From the pointer’s swing find the direction of the current and which strip is positive.',
        'Change one thing at a time: two zinc strips; graphite instead of copper; ethanol instead of acid; the wire disconnected. Watch the meter and state what a cell needs.',
        'Use a fruit instead of the acid and test it with the galvanometer.',
        'In Sprout Lab open “Turning chemical energy into electrical energy (wet bench)”: first see where bubbles come off; then drag wires from the zinc’s and the copper’s clips to the meter’s posts, run, and record the meter and the hydrogen on the copper; change the second strip to zinc, or the beaker’s liquid to ethanol, and record again.',
      ],
      record: ['For each case: does the meter move, and what happens at each strip', 'Negative: Zn − 2e⁻ = Zn²⁺; positive: 2H⁺ + 2e⁻ = H₂↑'],
      questions: [
        'What does a galvanic cell need?',
        'Which way do the electrons go in the wire? Which way do the positive and negative ions go in the solution?',
        'Why can one fruit cell usually not light a small bulb? How could you get a higher voltage?',
      ],
    },
  },
  'B2.4': {
    'zh-CN': {
      goal: '用控制变量法探究浓度、温度和催化剂对化学反应速率的影响。',
      apparatus: ['试管', '烧杯', '量筒', '胶头滴管', '温度计', '秒表', '热水和冷水', '0.1 mol/L Na₂S₂O₃ 溶液', '0.1 mol/L 和 0.5 mol/L H₂SO₄ 溶液', '5% H₂O₂ 溶液', 'MnO₂ 粉末', 'FeCl₃ 溶液'],
      steps: [
        '浓度：两支试管各加 2 mL 0.1 mol/L Na₂S₂O₃ 溶液，同时分别加入 2 mL 0.1 mol/L 和 0.5 mol/L H₂SO₄ 溶液，记录出现浑浊所用的时间。',
        '温度：取两组相同的 Na₂S₂O₃ 溶液和 0.1 mol/L H₂SO₄ 溶液，分别在冷水和热水中放置几分钟后再混合，记录出现浑浊所用的时间。',
        '催化剂：三支试管各加 2 mL 5% H₂O₂ 溶液，一支不加其他物质，一支加少量 MnO₂，一支滴入 2 滴 FeCl₃ 溶液，比较产生气泡的快慢。',
        '在 Sprout Lab 中打开“化学反应速率的影响因素（化学实验台）”：锥形瓶中 2 g 块状大理石和 20 mL 10% 盐酸，生成的 CO₂ 推动注射器活塞；每隔 10 s 记录一次注射器读数（或用实时图像画出体积—时间曲线）；再分别只改变盐酸的浓度（5%）、温度（40 ℃ 水浴）、大理石的状态（粉末），或改用 4 mL 5% H₂O₂ 溶液比较加与不加 MnO₂，比较曲线的斜率。',
        '把每组的变量、不变量和结论整理成表。（实验会放出少量 SO₂，注意通风。）',
      ],
      record: ['每组的条件和出现浑浊的时间（或气泡的快慢）', '实验台上每组的注射器读数—时间表和曲线', 'Na₂S₂O₃ + H₂SO₄ = Na₂SO₄ + SO₂↑ + S↓ + H₂O；2H₂O₂ =MnO₂= 2H₂O + O₂↑；CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑'],
      questions: [
        '每组实验中，保持不变的条件有哪些？',
        '为什么要等两种溶液都达到水浴的温度后再混合？',
        '用碰撞理论解释浓度和温度对反应速率的影响。',
      ],
    },
    en: {
      goal: 'Find, changing one variable at a time, how concentration, temperature and a catalyst affect the rate of a reaction.',
      apparatus: ['Test tubes', 'Beakers', 'Measuring cylinder', 'Droppers', 'Thermometer', 'Stopwatch', 'Hot and cold water', '0.1 mol/L sodium thiosulfate', '0.1 and 0.5 mol/L sulfuric acid', '5% hydrogen peroxide', 'Manganese(IV) oxide powder', 'Iron(III) chloride solution'],
      steps: [
        'Concentration: put 2 mL of thiosulfate in each of two tubes, add 2 mL of 0.1 and of 0.5 mol/L acid at the same moment, and time how long each takes to turn cloudy.',
        'Temperature: stand two identical sets of thiosulfate and 0.1 mol/L acid in cold and in hot water for a few minutes, then mix each set and time the cloudiness.',
        'Catalyst: 2 mL of hydrogen peroxide in each of three tubes; nothing in one, a little MnO₂ in one, two drops of iron(III) chloride in one; compare the bubbling.',
        'In Sprout Lab open “What affects the rate of a reaction (wet bench)”: 2 g of marble chips and 20 mL of 10 % hydrochloric acid in the flask push carbon dioxide into a gas syringe; record its reading every 10 s (or plot volume against time on the live graph); then change only the acid’s concentration (5 %), its temperature (a 40 °C water bath), the marble (powder), or use 4 mL of 5 % hydrogen peroxide with and without MnO₂, and compare the slopes.',
        'Tabulate what changed, what was kept the same, and the conclusion. (A little SO₂ is given off: keep the room ventilated.)',
      ],
      record: ['Each set’s conditions and time to cloudiness (or how fast it bubbled)', 'On the wet bench, each set’s syringe readings against time, and the curves', 'Na₂S₂O₃ + H₂SO₄ = Na₂SO₄ + SO₂↑ + S↓ + H₂O; 2H₂O₂ =MnO₂= 2H₂O + O₂↑; CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑'],
      questions: [
        'In each set, what was kept the same?',
        'Why wait until both solutions have reached the bath’s temperature before mixing?',
        'Explain the effects of concentration and temperature with collision theory.',
      ],
    },
  },
  'B2.5': {
    'zh-CN': {
      goal: '搭建甲烷、乙烷、乙烯、乙炔、苯等分子的球棍模型，认识碳原子的成键特点和有机分子的空间结构，初步认识同分异构现象。',
      apparatus: ['球棍模型套件', '本实验室：分子实验（三维球棍模型，可旋转、可读键角）'],
      steps: [
        '用套件搭建甲烷分子；打开分子实验，选“甲烷”和“球棍模型”，旋转模型，读出 H–C–H 键角，与自己的模型对照。',
        '把甲烷模型中的一个 H 换成 —CH₃，搭出乙烷；在分子实验中选“乙烷”对照。',
        '搭建乙烯和乙炔，比较它们与乙烷中碳原子成键方式的不同；在分子实验中读出键角，找出哪些原子共面、哪些共线。',
        '在分子实验中选“苯”，观察 6 个碳原子和 6 个氢原子是否在同一平面内。',
        '用 4 个碳原子和 10 个氢原子搭出所有可能的结构（正丁烷、异丁烷），写出结构简式。',
        '搭出乙醇和乙酸的模型，与分子实验中的“乙醇”“乙酸”对照，指出它们的官能团。',
      ],
      record: ['各分子的结构式、键角和空间结构（正四面体形、平面形、直线形）', 'C₄H₁₀ 的两种结构简式'],
      questions: [
        '碳原子的成键有哪些特点？',
        'CH₂Cl₂ 有没有同分异构体？这说明甲烷是平面结构还是正四面体结构？',
        '乙烯分子中的 6 个原子为什么在同一平面内？',
      ],
    },
    en: {
      goal: 'Build ball-and-stick models of methane, ethane, ethene, ethyne, benzene and more; learn how carbon bonds and what shapes organic molecules have, and meet isomerism.',
      apparatus: ['Ball-and-stick model kit', 'In Sprout Lab: the molecules lab (3D ball-and-stick models to turn and measure angles on)'],
      steps: [
        'Build methane with the kit; open the molecules lab, choose methane and the ball-and-stick style, turn the model, read the H–C–H angle and compare with yours.',
        'Replace one H of methane by —CH₃ to get ethane; compare with ethane in the lab.',
        'Build ethene and ethyne and compare how their carbons bond with ethane’s; read the angles in the lab and find which atoms lie in one plane or on one line.',
        'Choose benzene in the lab: are all 6 carbons and 6 hydrogens in one plane?',
        'With 4 carbons and 10 hydrogens, build every possible structure (butane, 2-methylpropane) and write their structural formulas.',
        'Build ethanol and acetic acid, compare with the lab, and point out their functional groups.',
      ],
      record: ['Structural formula, bond angles and shape (tetrahedral, planar, linear) of each molecule', 'The two structural formulas of C₄H₁₀'],
      questions: [
        'What is special about how carbon atoms bond?',
        'Does CH₂Cl₂ have isomers? What does that say about whether methane is flat or tetrahedral?',
        'Why do all six atoms of ethene lie in one plane?',
      ],
    },
  },
  'B2.6': {
    'zh-CN': {
      goal: '通过实验认识乙醇的主要性质（与钠反应、催化氧化）和乙酸的主要性质（酸性、酯化反应）。',
      apparatus: ['试管', '酒精灯', '铜丝', '镊子', '无水乙醇', '钠（由老师取用）', '乙酸溶液', '紫色石蕊溶液', 'Na₂CO₃ 溶液（或大理石）', '（酯化反应见选择性必修实验）'],
      steps: [
        '观察乙醇的颜色、状态，闻气味。',
        '向盛有少量无水乙醇的试管中放入一小块钠（老师切取），观察，检验生成的气体，与钠和水的反应比较。',
        '把铜丝在酒精灯上加热至表面变黑，离开火焰后立即插入乙醇中，反复几次，观察铜丝颜色的变化，小心闻气味。',
        '向乙酸溶液中滴加石蕊溶液；另取乙酸溶液加入 Na₂CO₃ 溶液，观察。',
        '乙酸与乙醇在浓硫酸催化下加热生成乙酸乙酯（实验台上见“乙酸乙酯的制备与性质”）。',
        '在 Sprout Lab 中打开“乙醇、乙酸的主要性质（化学实验台）”：勾选药匙 Y1 的“倾倒”把钠放入乙醇，把药匙 Y2 拖到水（T2）口上方倾倒，比较两支试管中氢气的体积；记录 T3 的 pH；把盛碳酸钠的药匙 Y3 拖到 T4 口上方倾倒，记录二氧化碳的体积。',
      ],
      record: ['各步现象', '2CH₃CH₂OH + 2Na → 2CH₃CH₂ONa + H₂↑；2CH₃CH₂OH + O₂ →(Cu, △) 2CH₃CHO + 2H₂O；2CH₃COOH + Na₂CO₃ → 2CH₃COONa + H₂O + CO₂↑'],
      questions: [
        '钠与乙醇的反应比与水的反应缓和，说明了什么？',
        '铜丝在乙醇的催化氧化中起什么作用？',
        '怎样用实验证明乙酸的酸性比碳酸强？',
      ],
    },
    en: {
      goal: 'Observe the main properties of ethanol (with sodium, catalytic oxidation) and of acetic acid (acidity, esterification).',
      apparatus: ['Test tubes', 'Spirit lamp', 'Copper wire', 'Tweezers', 'Anhydrous ethanol', 'Sodium (handled by the teacher)', 'Acetic acid solution', 'Litmus solution', 'Sodium carbonate solution (or marble)', '(Esterification: see the elective-required experiment)'],
      steps: [
        'Note ethanol’s colour and state, and smell it.',
        'Drop a small piece of sodium (cut by the teacher) into a little anhydrous ethanol; test the gas; compare with sodium and water.',
        'Heat copper wire in the flame until it blackens, then plunge it at once into ethanol; repeat a few times, watch the wire’s colour and carefully smell.',
        'Add litmus to acetic acid solution; add sodium carbonate solution to another portion.',
        'Heat acetic acid and ethanol with concentrated sulfuric acid to make ethyl acetate (on the bench: “Making ethyl acetate and its properties”).',
        'In Sprout Lab open “Main properties of ethanol and acetic acid (wet bench)”: tick “Tip it over” on spatula Y1 to drop sodium into the ethanol, drag spatula Y2 over the water (T2) and tip it, and compare the hydrogen in the two tubes; record T3’s pH; drag the sodium carbonate spatula Y3 over T4, tip it and record the carbon dioxide.',
      ],
      record: ['What happened at each step', '2CH₃CH₂OH + 2Na → 2CH₃CH₂ONa + H₂↑; 2CH₃CH₂OH + O₂ →(Cu, heat) 2CH₃CHO + 2H₂O; 2CH₃COOH + Na₂CO₃ → 2CH₃COONa + H₂O + CO₂↑'],
      questions: [
        'Sodium reacts more gently with ethanol than with water. What does that show?',
        'What does the copper do in the catalytic oxidation of ethanol?',
        'How can you show by experiment that acetic acid is stronger than carbonic acid?',
      ],
    },
  },
  'X1.1': {
    'zh-CN': {
      goal: '探究浓度、温度对化学平衡的影响，理解勒夏特列原理。',
      apparatus: ['试管', '烧杯', '胶头滴管', 'FeCl₃ 与 KSCN 的稀混合溶液', '较浓的 FeCl₃ 溶液和 KSCN 溶液', '铁粉', 'K₂Cr₂O₇ 溶液（老师配制，戴手套取用）', 'NaOH 溶液', '稀硫酸', '（老师预先封装的）NO₂ 平衡球', '热水和冰水'],
      steps: [
        'Fe³⁺ + 3SCN⁻ ⇌ Fe(SCN)₃：把混合溶液分装在三支试管中，一支作对照，一支滴加较浓的 FeCl₃（或 KSCN）溶液，一支加少量铁粉，比较颜色。',
        'Cr₂O₇²⁻（橙色）+ H₂O ⇌ 2CrO₄²⁻（黄色）+ 2H⁺：取两份 K₂Cr₂O₇ 溶液，分别滴加 NaOH 溶液和稀硫酸，与对照比较。',
        '2NO₂（红棕色）⇌ N₂O₄（无色）ΔH < 0：把连通的 NO₂ 平衡球的两端分别放入热水和冰水中，比较颜色。',
        '把颜色的变化与平衡移动的方向对应起来，整理成表。（含铬废液单独回收。）',
      ],
      record: ['每项操作、颜色变化、平衡移动的方向'],
      questions: [
        '加入铁粉后红色变浅，为什么？',
        '为什么每组都要留一支试管作对照？',
        '用浓度商 Q 与平衡常数 K 的关系，解释增大反应物浓度时平衡为什么正向移动。',
      ],
    },
    en: {
      goal: 'Find how concentration and temperature shift a chemical equilibrium, and understand Le Chatelier’s principle.',
      apparatus: ['Test tubes', 'Beakers', 'Droppers', 'Dilute mixture of iron(III) chloride and thiocyanate', 'Stronger iron(III) chloride and thiocyanate solutions', 'Iron powder', 'Potassium dichromate solution (made up by the teacher; wear gloves)', 'Sodium hydroxide solution', 'Dilute sulfuric acid', 'Sealed NO₂ equilibrium bulbs (prepared by the teacher)', 'Hot and ice water'],
      steps: [
        'Fe³⁺ + 3SCN⁻ ⇌ Fe(SCN)₃: divide the mixture among three tubes; keep one as a control, add stronger iron(III) chloride (or thiocyanate) to one and a little iron powder to the other; compare colours.',
        'Cr₂O₇²⁻ (orange) + H₂O ⇌ 2CrO₄²⁻ (yellow) + 2H⁺: add sodium hydroxide to one portion of dichromate and dilute acid to another; compare with a control.',
        '2NO₂ (brown) ⇌ N₂O₄ (colourless), ΔH < 0: put the two ends of the connected bulbs into hot and into ice water and compare.',
        'Match each colour change to the direction the equilibrium shifted and tabulate. (Collect chromium waste separately.)',
      ],
      record: ['Each change made, the colour change, the direction of the shift'],
      questions: [
        'Why does the red colour fade when iron powder is added?',
        'Why keep a control tube in each set?',
        'Use the reaction quotient Q and the equilibrium constant K to explain why adding a reactant shifts the equilibrium forward.',
      ],
    },
  },
  'X1.2': {
    'zh-CN': {
      goal: '用已知浓度的 NaOH 溶液滴定未知浓度的盐酸，学会中和滴定的操作、读数和数据处理，认识滴定终点附近 pH 的突变。',
      apparatus: ['酸式、碱式滴定管（或聚四氟乙烯活塞滴定管）', '锥形瓶', '铁架台和滴定管夹', '移液管', '烧杯', '0.1000 mol/L NaOH 标准溶液', '待测盐酸', '酚酞溶液', '甲基橙溶液', 'pH 计'],
      steps: [
        '真实实验中：检查滴定管是否漏水；用蒸馏水洗净后再用待装溶液润洗 2～3 次；装液、排出尖嘴处的气泡、调整液面；用移液管量取 20.00 mL 待测盐酸放入锥形瓶，加 2 滴酚酞。',
        '打开“强酸与强碱的中和滴定（化学实验台）”：锥形瓶在滴定管尖嘴下面；在“仪器近看”中读滴定管的初读数（视线与凹液面最低处相平，读到 0.01 mL）。',
        '选中滴定管，把活塞调到“快速”，再改为“慢速”，接近终点时改为“逐滴滴加”；溶液由无色恰好变为浅红色、半分钟内不褪色时关闭活塞。',
        '读终读数，算出消耗 NaOH 溶液的体积；按“重置”再滴定两次，求平均值。',
        '计算 c(HCl) = c(NaOH)·V(NaOH)/V(HCl)，请老师核对（老师能看到待测盐酸的浓度）。',
        '记录每加入一定体积 NaOH 溶液后 pH 计的读数，画出滴定曲线，找出 pH 突变的范围；把指示剂换成甲基橙再做一次，比较终点。',
        '把读数的视线改为“俯视”或“仰视”，比较读数的变化。',
      ],
      record: ['三次的初读数、终读数、消耗 NaOH 溶液的体积和平均值', 'c(HCl)', '滴定曲线和 pH 突变的范围'],
      questions: [
        '滴定管为什么要用待装溶液润洗？锥形瓶能不能用待测液润洗？',
        '滴定终点读数时俯视，测得的盐酸浓度偏高还是偏低？仰视呢？',
        '加入 19.98 mL 和 20.02 mL 0.1000 mol/L NaOH 溶液（待测盐酸 20.00 mL、0.1000 mol/L）时，溶液的 pH 各约为多少？这说明了什么？',
      ],
    },
    en: {
      goal: 'Titrate hydrochloric acid of unknown concentration with sodium hydroxide of known concentration: learn the technique, the burette reading and the calculation, and see the jump in pH near the end point.',
      apparatus: ['Acid and base burettes (or PTFE-tap burettes)', 'Conical flask', 'Retort stand and burette clamp', 'Pipette', 'Beaker', '0.1000 mol/L sodium hydroxide (standard)', 'Hydrochloric acid to analyse', 'Phenolphthalein', 'Methyl orange', 'pH meter'],
      steps: [
        'On a real bench: check the burette for leaks; rinse it with water and then 2–3 times with the solution it will hold; fill it, clear the air bubble from the tip, set the level; pipette 20.00 mL of the acid into the conical flask and add 2 drops of phenolphthalein.',
        'Open “Titrating a strong acid with a strong base (wet bench)”: the flask stands under the burette’s tip. Take the first reading in “Instruments up close” (eye level with the bottom of the meniscus, to 0.01 mL).',
        'Select the burette and set its tap to fast, then slow, then drop by drop near the end; close it when the colourless solution just turns pink and stays so for half a minute.',
        'Take the final reading and work out the volume of sodium hydroxide used; press Reset and titrate twice more; average the volumes.',
        'Calculate c(HCl) = c(NaOH)·V(NaOH)/V(HCl) and ask your teacher to check it (the teacher sees the sample’s concentration).',
        'Note the pH meter’s reading after each addition, draw the titration curve and find the range of the jump; repeat with methyl orange and compare the end points.',
        'Set the eye to “from above” or “from below” and see how the reading changes.',
      ],
      record: ['First and final readings and the volume used, three times, and the average', 'c(HCl)', 'Titration curve and the range of the pH jump'],
      questions: [
        'Why rinse the burette with the solution it will hold? May the flask be rinsed with the solution being analysed?',
        'If you look down on the burette at the final reading, is the acid’s concentration found too high or too low? And looking up?',
        'About what is the pH after 19.98 mL and after 20.02 mL of 0.1000 mol/L sodium hydroxide (20.00 mL of 0.1000 mol/L acid)? What does that tell you?',
      ],
    },
  },
  'X1.3': {
    'zh-CN': {
      goal: '通过实验认识盐类水解的规律及其应用：溶液的酸碱性、配制易水解的盐溶液、制备胶体、热碱去油污。',
      apparatus: ['试管', '烧杯', '酒精灯', 'pH 试纸', '玻璃棒', '激光笔（不对着人眼）', 'NaCl、Na₂CO₃、NaHCO₃、NH₄Cl、CH₃COONa、Al₂(SO₄)₃ 溶液', 'pH 计', '饱和 FeCl₃ 溶液（老师配制）', 'FeCl₃ 固体', '稀盐酸', '酚酞溶液', '沾有植物油的试管', '蒸馏水'],
      steps: [
        '用 pH 试纸和 pH 计测 NaCl、Na₂CO₃、NaHCO₃、NH₄Cl、CH₃COONa、Al₂(SO₄)₃ 溶液的 pH，判断它们的酸碱性。',
        '向沸水中逐滴加入 5～6 滴饱和 FeCl₃ 溶液，继续煮沸至液体呈红褐色后停止加热；用激光笔照射，观察光路。',
        '比较：少量 FeCl₃ 固体直接溶于水，与先溶于稀盐酸再加水稀释，溶液是否澄清。',
        '向 Na₂CO₃ 溶液中滴入酚酞，加热，观察颜色的变化；用冷的和热的 Na₂CO₃ 溶液分别洗涤沾有植物油的试管，比较效果。',
        '向 NaHCO₃ 溶液中滴加 Al₂(SO₄)₃ 溶液，观察现象（泡沫灭火器的原理）。',
      ],
      record: ['各溶液的 pH 和酸碱性', '各步现象', 'CO₃²⁻ + H₂O ⇌ HCO₃⁻ + OH⁻；NH₄⁺ + H₂O ⇌ NH₃·H₂O + H⁺；FeCl₃ + 3H₂O =△= Fe(OH)₃（胶体）+ 3HCl；Al³⁺ + 3HCO₃⁻ = Al(OH)₃↓ + 3CO₂↑'],
      questions: [
        '哪些盐的溶液显酸性，哪些显碱性？有什么规律？',
        '配制 FeCl₃ 溶液时为什么要加入少量盐酸？',
        '为什么热的纯碱溶液去油污的效果更好？',
      ],
    },
    en: {
      goal: 'Observe how salts hydrolyse and what that is used for: acidity of salt solutions, making up easily hydrolysed salts, colloids, hot soda for grease.',
      apparatus: ['Test tubes', 'Beaker', 'Spirit lamp', 'pH paper', 'Glass rod', 'Laser pointer (never at eyes)', 'Solutions of NaCl, Na₂CO₃, NaHCO₃, NH₄Cl, CH₃COONa and Al₂(SO₄)₃', 'pH meter', 'Saturated iron(III) chloride solution (made by the teacher)', 'Solid iron(III) chloride', 'Dilute hydrochloric acid', 'Phenolphthalein', 'Test tube greased with vegetable oil', 'Distilled water'],
      steps: [
        'Measure the pH of the six salt solutions with pH paper and the pH meter and say which are acidic, neutral or basic.',
        'Add 5–6 drops of saturated iron(III) chloride to boiling water and keep boiling until it turns red-brown, then stop; shine the laser through it.',
        'Compare a little solid iron(III) chloride dissolved straight in water with some dissolved in dilute hydrochloric acid and then diluted: is each clear?',
        'Add phenolphthalein to sodium carbonate solution and warm it; wash a greasy tube with cold and with hot sodium carbonate solution and compare.',
        'Add aluminium sulfate solution to sodium hydrogencarbonate solution and watch (how a foam extinguisher works).',
      ],
      record: ['pH and acidity of each solution', 'What happened at each step', 'CO₃²⁻ + H₂O ⇌ HCO₃⁻ + OH⁻; NH₄⁺ + H₂O ⇌ NH₃·H₂O + H⁺; FeCl₃ + 3H₂O =heat= Fe(OH)₃ (colloid) + 3HCl; Al³⁺ + 3HCO₃⁻ = Al(OH)₃↓ + 3CO₂↑'],
      questions: [
        'Which salts give acidic solutions and which basic? What is the pattern?',
        'Why add a little hydrochloric acid when making up iron(III) chloride solution?',
        'Why does hot soda solution remove grease better?',
      ],
    },
  },
  'X1.4': {
    'zh-CN': {
      goal: '在铁钉上镀铜，认识电镀的原理和镀件的预处理。',
      apparatus: ['学生电源（低压直流，插头由老师插拔）', '烧杯', '铜片', '铁钉（或铁片）', '导线', '砂纸', 'CuSO₄ 溶液（电镀液）', 'NaOH 溶液（除油）', '稀硫酸（除锈）', '蒸馏水'],
      steps: [
        '镀件预处理：用砂纸打磨铁钉，放入热的 NaOH 溶液中除油，用水冲洗；再放入稀硫酸中除锈，用水冲洗。',
        '铜片接电源正极作阳极，铁钉接负极作阴极，插入 CuSO₄ 电镀液中，两极不接触。',
        '接通低压直流电源（约 1.5～3 V），通电几分钟，观察铁钉表面的变化。',
        '断电，取出铁钉，用水冲洗，观察镀层是否均匀、牢固。（含铜废液回收。）',
      ],
      record: ['各步现象', '阳极 Cu − 2e⁻ = Cu²⁺；阴极 Cu²⁺ + 2e⁻ = Cu'],
      questions: [
        '镀件为什么要作阴极？',
        '电镀一段时间后，电镀液的颜色为什么基本不变？',
        '电镀废液为什么必须处理后才能排放？',
      ],
    },
    en: {
      goal: 'Copper-plate an iron nail, and learn how electroplating works and why the object is prepared first.',
      apparatus: ['Low-voltage DC supply (plugged in by the teacher)', 'Beaker', 'Copper strip', 'Iron nail (or plate)', 'Wires', 'Sandpaper', 'Copper(II) sulfate solution (plating bath)', 'Sodium hydroxide solution (degreasing)', 'Dilute sulfuric acid (removing rust)', 'Distilled water'],
      steps: [
        'Prepare the nail: sand it, degrease it in hot sodium hydroxide solution and rinse; remove rust in dilute sulfuric acid and rinse.',
        'Connect the copper strip to the positive terminal (anode) and the nail to the negative (cathode), and dip both in the bath without touching.',
        'Switch on the low-voltage DC (about 1.5–3 V) for a few minutes and watch the nail’s surface.',
        'Switch off, take out the nail, rinse it and check whether the coating is even and firm. (Collect copper waste.)',
      ],
      record: ['What happened at each step', 'Anode: Cu − 2e⁻ = Cu²⁺; cathode: Cu²⁺ + 2e⁻ = Cu'],
      questions: [
        'Why must the object to be plated be the cathode?',
        'Why does the bath’s colour hardly change while plating?',
        'Why must plating waste be treated before it is discharged?',
      ],
    },
  },
  'X1.5': {
    'zh-CN': {
      goal: '先电解水得到氢气和氧气，再用它们组成简单的氢氧燃料电池，认识燃料电池的工作原理。',
      apparatus: ['U 形管', '石墨棒两根（多孔的更好）', '学生电源（插头由老师插拔）', '开关', '导线', '灵敏电流计（或发光二极管）', '稀 Na₂SO₄ 溶液'],
      steps: [
        'U 形管中加入稀 Na₂SO₄ 溶液，两侧插入石墨棒作电极，接学生电源的低压直流输出，电解 1～2 min，观察两极产生的气泡。（实验台上不点酒精灯，气体不收集、不点燃。）',
        '断开电源，把两个电极与灵敏电流计连接，观察指针偏转。',
        '判断燃料电池的正负极：电解时产生 H₂ 的一极，在燃料电池中是哪一极？',
      ],
      record: ['电解时和断电放电时的现象', '负极 H₂ − 2e⁻ = 2H⁺；正极 O₂ + 4H⁺ + 4e⁻ = 2H₂O；总反应 2H₂ + O₂ = 2H₂O'],
      questions: [
        '断开电源后为什么还能产生电流？能量是怎样转化的？',
        '写出碱性介质中氢氧燃料电池的电极反应式。',
        '与直接燃烧相比，燃料电池有哪些优点？',
      ],
    },
    en: {
      goal: 'Electrolyse water to make hydrogen and oxygen, then run them as a simple hydrogen–oxygen fuel cell, and learn how a fuel cell works.',
      apparatus: ['U-tube', 'Two graphite rods (porous is better)', 'Lab power supply (plugged in by the teacher)', 'Switch', 'Wires', 'Sensitive galvanometer (or an LED)', 'Dilute sodium sulfate solution'],
      steps: [
        'Fill the U-tube with sodium sulfate solution, put a graphite rod in each arm and electrolyse from the low-voltage DC output for 1–2 minutes; watch the bubbles. (No flames on the bench; the gases are neither collected nor lit.)',
        'Disconnect the supply and connect the two electrodes to the galvanometer; watch the pointer.',
        'Which electrode of the fuel cell is negative: the one that made hydrogen during electrolysis, or the other?',
      ],
      record: ['What happened during electrolysis and after switching off', 'Negative: H₂ − 2e⁻ = 2H⁺; positive: O₂ + 4H⁺ + 4e⁻ = 2H₂O; overall 2H₂ + O₂ = 2H₂O'],
      questions: [
        'Why does a current flow after the supply is disconnected? What energy changes take place?',
        'Write the electrode equations of a hydrogen–oxygen fuel cell with an alkaline electrolyte.',
        'What advantages does a fuel cell have over burning the fuel?',
      ],
    },
  },
  'X2.1': {
    'zh-CN': {
      goal: '制备几种简单配合物，观察配合物形成时颜色和溶解性的变化，认识配位键。',
      apparatus: ['试管', '胶头滴管', 'CuSO₄ 溶液', '氨水（由老师分装）', '95% 乙醇', 'FeCl₃ 溶液', 'KSCN 溶液', 'NaCl 溶液', 'AgNO₃ 溶液'],
      steps: [
        '向 CuSO₄ 溶液中逐滴加入氨水，先生成蓝色沉淀；继续滴加，观察沉淀溶解，得到深蓝色溶液。',
        '向深蓝色溶液中加入 95% 乙醇，静置，观察析出的深蓝色晶体。',
        '向 FeCl₃ 溶液中滴加 KSCN 溶液，观察颜色。',
        '向 NaCl 溶液中滴加 AgNO₃ 溶液，再逐滴加入氨水，观察沉淀溶解。（含银溶液现配现用，用后当堂处理，不存放。）',
      ],
      record: ['各步现象', 'Cu²⁺ + 2NH₃·H₂O = Cu(OH)₂↓ + 2NH₄⁺；Cu(OH)₂ + 4NH₃ = [Cu(NH₃)₄]²⁺ + 2OH⁻；AgCl + 2NH₃ = [Ag(NH₃)₂]⁺ + Cl⁻'],
      questions: [
        '[Cu(NH₃)₄]²⁺ 中，中心离子、配体和配位数各是什么？谁提供孤电子对，谁提供空轨道？',
        '加入乙醇为什么能析出晶体？',
        '举例说明配合物在生命和医药中的作用。',
      ],
    },
    en: {
      goal: 'Prepare some simple coordination compounds, watch the colour and solubility changes as they form, and meet the coordinate bond.',
      apparatus: ['Test tubes', 'Droppers', 'Copper(II) sulfate solution', 'Aqueous ammonia (dispensed by the teacher)', '95% ethanol', 'Iron(III) chloride solution', 'Potassium thiocyanate solution', 'Sodium chloride solution', 'Silver nitrate solution'],
      steps: [
        'Add aqueous ammonia drop by drop to copper(II) sulfate solution: first a blue precipitate; keep adding and watch it dissolve to a deep blue solution.',
        'Add 95% ethanol to the deep blue solution, let it stand and watch deep blue crystals form.',
        'Add thiocyanate to iron(III) chloride solution and note the colour.',
        'Add silver nitrate to sodium chloride solution, then ammonia drop by drop, and watch the precipitate dissolve. (Make silver–ammonia solutions only when needed and dispose of them in the lesson; never store them.)',
      ],
      record: ['What happened at each step', 'Cu²⁺ + 2NH₃·H₂O = Cu(OH)₂↓ + 2NH₄⁺; Cu(OH)₂ + 4NH₃ = [Cu(NH₃)₄]²⁺ + 2OH⁻; AgCl + 2NH₃ = [Ag(NH₃)₂]⁺ + Cl⁻'],
      questions: [
        'In [Cu(NH₃)₄]²⁺, what are the central ion, the ligands and the coordination number? Which gives the lone pair and which the empty orbital?',
        'Why do crystals form when ethanol is added?',
        'Give examples of coordination compounds in living things and in medicine.',
      ],
    },
  },
  'X3.1': {
    'zh-CN': {
      goal: '制备乙酸乙酯，认识酯化反应和乙酸乙酯在不同条件下的水解。',
      apparatus: ['大试管', '带长导管的单孔塞', '铁架台', '酒精灯', '碎瓷片', '试管', '饱和 Na₂CO₃ 溶液', '乙醇', '乙酸', '浓硫酸（由老师加入）', '稀硫酸', 'NaOH 溶液', '分液漏斗', '70～80 ℃ 热水浴'],
      steps: [
        '在大试管中加入 3 mL 乙醇，由老师边振荡边慢慢加入 2 mL 浓硫酸，冷却后再加 2 mL 乙酸和几片碎瓷片。',
        '连接装置，导管末端置于饱和 Na₂CO₃ 溶液的液面上方，不能伸入液面以下。试剂加完、试剂瓶移开后再点灯。',
        '小火加热，观察饱和 Na₂CO₃ 溶液的液面上出现的无色透明、有香味的油状液体。',
        '振荡盛饱和 Na₂CO₃ 溶液的试管，静置分层，用分液漏斗分出上层的乙酸乙酯。',
        '水解：三支试管各加几滴乙酸乙酯，分别加入蒸馏水、稀硫酸、NaOH 溶液，放在热水浴中，比较酯层消失的快慢和香味的变化。',
        '在 Sprout Lab 中打开“乙酸乙酯的制备与性质（化学实验台）”：运行，小火加热 T1 约 5 min，记录 T2 中油层的体积和厚度、产生的二氧化碳；再把 T3、T4、T5 拖入水浴 B1，5 min 后记录三支试管中酯层的体积。',
      ],
      record: ['各步现象', 'CH₃COOH + CH₃CH₂OH ⇌(浓硫酸, △) CH₃COOCH₂CH₃ + H₂O', '三种条件下水解的快慢'],
      questions: [
        '饱和 Na₂CO₃ 溶液有哪些作用？',
        '导管末端为什么不能伸入饱和 Na₂CO₃ 溶液中？',
        '哪种条件下乙酸乙酯水解最快？为什么？',
      ],
    },
    en: {
      goal: 'Prepare ethyl acetate, and study esterification and the ester’s hydrolysis under different conditions.',
      apparatus: ['Large test tube', 'One-hole stopper with a long delivery tube', 'Retort stand', 'Spirit lamp', 'Broken porcelain (anti-bumping)', 'Test tubes', 'Saturated sodium carbonate solution', 'Ethanol', 'Acetic acid', 'Concentrated sulfuric acid (added by the teacher)', 'Dilute sulfuric acid', 'Sodium hydroxide solution', 'Separating funnel', 'Water bath at 70–80 °C'],
      steps: [
        'Put 3 mL of ethanol in the large tube; the teacher adds 2 mL of concentrated sulfuric acid slowly with shaking; when cool, add 2 mL of acetic acid and a few pieces of porcelain.',
        'Assemble, with the end of the delivery tube just above (never below) the surface of the sodium carbonate solution. Light the lamp only after the reagents are added and their bottles moved away.',
        'Heat gently and watch a colourless, fragrant oily liquid gather on the sodium carbonate solution.',
        'Shake the receiving tube, let it separate, and run off the ethyl acetate (top layer) with the separating funnel.',
        'Hydrolysis: a few drops of ester in each of three tubes with water, dilute sulfuric acid and sodium hydroxide solution, in the warm bath; compare how fast the ester layer disappears and the smell changes.',
        'In Sprout Lab open “Making ethyl acetate and its properties (chemistry bench)”: run it, heat T1 gently for about 5 minutes and record the oily layer’s volume and thickness in T2 and the carbon dioxide given off; then drag T3, T4 and T5 into the bath B1 and after 5 minutes record the ester layer in each.',
      ],
      record: ['What happened at each step', 'CH₃COOH + CH₃CH₂OH ⇌ (conc. H₂SO₄, heat) CH₃COOCH₂CH₃ + H₂O', 'How fast the ester hydrolysed in each condition'],
      questions: [
        'What does the saturated sodium carbonate solution do?',
        'Why must the delivery tube not dip into the solution?',
        'Under which condition does the ester hydrolyse fastest? Why?',
      ],
    },
  },
  'X3.2': {
    'zh-CN': {
      goal: '用化学方法检验碳碳双键、碳卤键（卤素原子）、酚羟基、醛基和羧基等常见官能团。',
      apparatus: ['试管', '胶头滴管', '热水浴', '1-己烯', '1-溴丁烷', '苯酚稀溶液（由老师分装）', '乙醛溶液', '乙酸溶液', '溴水（少量，通风）', '酸性 KMnO₄ 溶液', 'NaOH 溶液', '稀硝酸', 'AgNO₃ 溶液', 'FeCl₃ 溶液', 'CuSO₄ 溶液（当堂配制新制 Cu(OH)₂）', 'NaHCO₃ 溶液'],
      steps: [
        '碳碳双键：向 1-己烯中滴加溴水（或酸性 KMnO₄ 溶液），振荡，观察。',
        '卤素原子：1-溴丁烷与 NaOH 溶液在热水浴中共热，冷却后取上层清液，先加稀硝酸酸化，再滴加 AgNO₃ 溶液，观察。',
        '酚羟基：向苯酚稀溶液中滴加 FeCl₃ 溶液，观察颜色；另取苯酚稀溶液滴加溴水，观察。',
        '醛基：在过量 NaOH 溶液中滴入少量 CuSO₄ 溶液配成新制 Cu(OH)₂，加入乙醛溶液后加热，观察。',
        '羧基：向乙酸溶液中加入 NaHCO₃ 溶液，观察。',
        '在 Sprout Lab 中打开“有机化合物中常见官能团的检验（化学实验台）”：每支试管上方都有一支滴管，勾选“挤压胶头”滴加。向 1-己烯（T1）和己烷（T2）中分别滴加溴水，向 1-己烯（T3）中滴加酸性 KMnO₄ 溶液，比较颜色；向苯酚溶液（T4）和乙醇（T5）中分别滴加 FeCl₃ 溶液，向苯酚溶液（T6）中滴加饱和溴水，记录剩余的 Br₂、生成的紫色配合物和三溴苯酚沉淀的质量。向热水浴中的 T7（NaOH 溶液）挤入 1-溴丁烷，等两分钟，再依次拖来稀硝酸（R8）和 AgNO₃ 溶液（R9）滴加，记录 AgBr 的质量；试一试先加 AgNO₃ 会怎样。向乙酸（T8）中滴加 NaHCO₃ 溶液，记录放出的 CO₂。',
      ],
      record: ['官能团、所用试剂、现象（表格）'],
      questions: [
        '检验卤素原子时，为什么要先加稀硝酸酸化？',
        '一种物质同时含有醛基和碳碳双键，怎样检验其中的碳碳双键？',
        '怎样只用一种试剂鉴别乙醇、乙醛、乙酸三种溶液？',
      ],
    },
    en: {
      goal: 'Test chemically for common functional groups: C=C double bond, carbon–halogen bond, phenolic hydroxyl, aldehyde and carboxyl.',
      apparatus: ['Test tubes', 'Droppers', 'Warm water bath', 'Hex-1-ene', '1-Bromobutane', 'Dilute phenol solution (dispensed by the teacher)', 'Ethanal solution', 'Acetic acid solution', 'Bromine water (small amounts, ventilated)', 'Acidified potassium permanganate', 'Sodium hydroxide solution', 'Dilute nitric acid', 'Silver nitrate solution', 'Iron(III) chloride solution', 'Copper(II) sulfate solution (for fresh Cu(OH)₂)', 'Sodium hydrogencarbonate solution'],
      steps: [
        'C=C: add bromine water (or acidified permanganate) to hexene and shake.',
        'Halogen: warm 1-bromobutane with sodium hydroxide solution in the bath; when cool, take the top layer, acidify it with dilute nitric acid first, then add silver nitrate.',
        'Phenol: add iron(III) chloride to dilute phenol and note the colour; add bromine water to another portion.',
        'Aldehyde: make fresh Cu(OH)₂ by adding a little copper(II) sulfate to excess sodium hydroxide, add ethanal and heat.',
        'Carboxyl: add sodium hydrogencarbonate solution to acetic acid.',
        'In Sprout Lab open “Testing for functional groups (wet bench)”: each tube has a dropper over it; tick “Squeeze the bulb”. Bromine water into 1-hexene (T1) and hexane (T2), acidified permanganate into 1-hexene (T3): compare the colours; iron(III) chloride into phenol (T4) and ethanol (T5), saturated bromine water into phenol (T6): record the bromine left, the violet complex and the mass of tribromophenol. Squeeze 1-bromobutane into T7 (sodium hydroxide in the hot bath), wait two minutes, then drag over and squeeze the dilute nitric acid (R8) and the silver nitrate (R9): record the AgBr; try the silver nitrate first and see. Sodium hydrogencarbonate into acetic acid (T8): record the CO₂.',
      ],
      record: ['Table: functional group, reagent, observation'],
      questions: [
        'Why acidify with dilute nitric acid before adding silver nitrate in the halogen test?',
        'A compound has both an aldehyde group and a C=C bond: how do you test for the double bond?',
        'How can one reagent tell ethanol, ethanal and acetic acid solutions apart?',
      ],
    },
  },
  'X3.3': {
    'zh-CN': {
      goal: '认识葡萄糖的还原性、蔗糖和淀粉的水解以及淀粉遇碘变蓝，学会检验淀粉的水解程度。',
      apparatus: ['试管', '烧杯', '酒精灯', '热水浴', '胶头滴管', 'pH 试纸', '10% 葡萄糖溶液', '蔗糖溶液', '淀粉溶液', '10% NaOH 溶液', '5% CuSO₄ 溶液', '稀硫酸', '碘水', '2% AgNO₃ 溶液', '2% 氨水'],
      steps: [
        '葡萄糖：试管中加 2 mL 10% NaOH 溶液，滴入 5 滴 5% CuSO₄ 溶液，再加 2 mL 葡萄糖溶液，加热，观察。',
        '银镜反应：洁净试管中加 2 mL 2% AgNO₃ 溶液，边振荡边逐滴加入 2% 氨水，至最初产生的沉淀恰好溶解，再加 1 mL 葡萄糖溶液，放在热水浴中温热，不可振荡，观察。',
        '蔗糖：蔗糖溶液直接与新制 Cu(OH)₂ 加热，观察；另取蔗糖溶液加几滴稀硫酸，在热水浴中加热几分钟，冷却后用 NaOH 溶液中和至碱性（用 pH 试纸检验），再与新制 Cu(OH)₂ 加热，观察。',
        '淀粉遇碘：向淀粉溶液中滴加碘水，观察。',
        '淀粉的水解：淀粉溶液加稀硫酸，热水浴加热；取出两份，一份直接滴加碘水，另一份中和至碱性后与新制 Cu(OH)₂ 加热，判断淀粉是否水解、是否水解完全。',
      ],
      record: ['各步现象', 'C₁₂H₂₂O₁₁（蔗糖）+ H₂O →(稀硫酸, △) C₆H₁₂O₆（葡萄糖）+ C₆H₁₂O₆（果糖）', '淀粉水解程度的判断'],
      questions: [
        '水解液为什么要先用 NaOH 溶液中和至碱性，再检验葡萄糖？',
        '碘水为什么要加在没有中和的那一份里？',
        '怎样判断淀粉是未水解、部分水解还是完全水解？',
      ],
    },
    en: {
      goal: 'Observe glucose as a reducing sugar, the hydrolysis of sucrose and starch, and the starch–iodine test; learn to judge how far starch has hydrolysed.',
      apparatus: ['Test tubes', 'Beaker', 'Spirit lamp', 'Warm water bath', 'Droppers', 'pH paper', '10% glucose solution', 'Sucrose solution', 'Starch solution', '10% sodium hydroxide solution', '5% copper(II) sulfate solution', 'Dilute sulfuric acid', 'Iodine solution', '2% silver nitrate solution', '2% ammonia solution'],
      steps: [
        'Glucose: 2 mL of 10% sodium hydroxide, 5 drops of 5% copper(II) sulfate, then 2 mL of glucose solution; heat and watch.',
        'Silver mirror: to 2 mL of 2% silver nitrate in a clean tube add 2% ammonia drop by drop, shaking, until the precipitate first formed just dissolves; add 1 mL of glucose solution and warm it in the water bath without shaking; watch.',
        'Sucrose: heat sucrose solution with fresh Cu(OH)₂ directly; then warm another portion with a few drops of dilute acid in the bath for a few minutes, cool, make it alkaline with sodium hydroxide (check with pH paper), and heat with fresh Cu(OH)₂.',
        'Starch and iodine: add iodine solution to starch solution.',
        'Hydrolysis of starch: warm starch with dilute acid in the bath; test one portion with iodine directly and neutralise another before heating with fresh Cu(OH)₂; decide whether the starch has hydrolysed, and completely.',
      ],
      record: ['What happened at each step', 'C₁₂H₂₂O₁₁ (sucrose) + H₂O →(dil. H₂SO₄, heat) C₆H₁₂O₆ (glucose) + C₆H₁₂O₆ (fructose)', 'Your judgement of how far the starch hydrolysed'],
      questions: [
        'Why must the hydrolysed solution be made alkaline before testing for glucose?',
        'Why is the iodine added to the portion that was not neutralised?',
        'How do you tell unhydrolysed, partly hydrolysed and completely hydrolysed starch apart?',
      ],
    },
  },
};
