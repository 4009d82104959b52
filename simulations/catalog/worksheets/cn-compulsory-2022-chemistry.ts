/**
 * Worksheets of 义务教育化学课程标准（2022年版）学生必做实验, by entry code. Equations as Chinese textbooks
 * write them (=△= for heating, =通电= for electrolysis; "=heat=" and "=electrolysis=" in English).
 * Safety notes follow the textbook: what only the teacher handles is said so in the steps.
 */
import type { Worksheets } from '../catalog';

export const worksheets: Worksheets = {
  '1': {
    'zh-CN': {
      goal: '学习加热高锰酸钾制取氧气并用排水法收集，检验氧气，观察木炭和铁丝在氧气中燃烧。',
      apparatus: ['大试管', '带导管的单孔橡胶塞', '铁架台', '酒精灯', '集气瓶（3 个）和玻璃片', '水槽', '棉花', '药匙', '坩埚钳', '高锰酸钾', '木炭', '细铁丝', '澄清石灰水', '火柴'],
      steps: [
        '检查气密性：导管一端浸入水中，用手握住试管，导管口有气泡冒出；松手后导管内形成一段水柱。',
        '把少量高锰酸钾装入试管，在试管口放一团棉花，塞紧带导管的塞子；试管口略向下倾斜，固定在铁架台上。',
        '集气瓶装满水倒立在水槽中。点燃酒精灯，先使试管均匀受热，再对准药品部位加热。',
        '导管口有连续、均匀的气泡冒出时开始收集；集满后在水下盖上玻璃片，取出正放在桌上。',
        '实验结束时先把导管移出水面，再熄灭酒精灯。',
        '把带火星的木条伸入集气瓶，木条复燃；把烧红的木炭伸入氧气中，燃烧后倒入澄清石灰水振荡；把系着火柴梗的铁丝引燃后伸入瓶底留有少量水的集气瓶中。',
      ],
      record: ['检查气密性的现象', '木炭、铁丝在氧气中燃烧的现象', '2KMnO₄ =△= K₂MnO₄ + MnO₂ + O₂↑；C + O₂ =点燃= CO₂；3Fe + 2O₂ =点燃= Fe₃O₄'],
      questions: [
        '试管口为什么要略向下倾斜？为什么要放一团棉花？',
        '为什么要先把导管移出水面，再熄灭酒精灯？',
        '铁丝燃烧时，集气瓶底为什么要留少量水或铺一层细沙？',
      ],
    },
    en: {
      goal: 'Prepare oxygen by heating potassium permanganate and collect it over water; test for it, and watch charcoal and iron wire burn in it.',
      apparatus: ['Large test tube', 'One-hole stopper with delivery tube', 'Retort stand', 'Spirit lamp', 'Three gas jars with glass covers', 'Trough of water', 'Cotton wool', 'Spatula', 'Crucible tongs', 'Potassium permanganate', 'Charcoal', 'Thin iron wire', 'Limewater', 'Matches'],
      steps: [
        'Check for leaks: put the end of the tube under water and warm the test tube in your hand; bubbles come out, and when you let go a column of water rises in the tube.',
        'Put a little potassium permanganate in the tube, a plug of cotton wool at its mouth, and fit the stopper; clamp the tube with its mouth slightly downwards.',
        'Stand the jars full of water upside down in the trough. Light the lamp, warm the whole tube first, then heat where the solid is.',
        'Start collecting when bubbles come steadily; when a jar is full, cover it under water and stand it upright on the bench.',
        'At the end, take the tube out of the water before putting out the lamp.',
        'Put a glowing splint into a jar: it relights. Put red-hot charcoal into oxygen, then shake the jar with limewater. Light a match tied to the iron wire and lower it into a jar with a little water at the bottom.',
      ],
      record: ['What you saw when checking for leaks', 'How charcoal and iron burn in oxygen', '2KMnO₄ =heat= K₂MnO₄ + MnO₂ + O₂↑; C + O₂ =ignite= CO₂; 3Fe + 2O₂ =ignite= Fe₃O₄'],
      questions: [
        'Why should the mouth of the tube point slightly down? Why the cotton wool?',
        'Why take the tube out of the water before putting out the lamp?',
        'Why leave a little water or sand at the bottom of the jar when iron burns?',
      ],
    },
  },
  '2': {
    'zh-CN': {
      goal: '用大理石和稀盐酸制取二氧化碳并用向上排空气法收集，检验和验满，探究二氧化碳的性质。',
      apparatus: ['锥形瓶', '长颈漏斗', '双孔橡胶塞和导管', '集气瓶和玻璃片', '试管', '烧杯', '高低两支蜡烛', '大理石（或石灰石）', '稀盐酸', '澄清石灰水', '紫色石蕊溶液', '火柴'],
      steps: [
        '连接装置，检查气密性。',
        '先放入大理石，再从长颈漏斗加入稀盐酸，漏斗下端要伸到液面以下。',
        '用向上排空气法收集，导管伸到集气瓶底部；把燃着的木条放在瓶口，木条熄灭说明已集满。',
        '把气体通入澄清石灰水，观察。',
        '把二氧化碳沿烧杯壁慢慢倒入放有高低两支燃着蜡烛的烧杯中，观察哪支先熄灭。',
        '把二氧化碳通入紫色石蕊溶液中，观察颜色；再加热这支试管，观察。',
      ],
      record: ['各步现象', 'CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑；CO₂ + Ca(OH)₂ = CaCO₃↓ + H₂O；CO₂ + H₂O = H₂CO₃；H₂CO₃ = H₂O + CO₂↑'],
      questions: [
        '为什么不用稀硫酸代替稀盐酸？为什么不用碳酸钠粉末代替大理石？',
        '为什么用向上排空气法收集，而一般不用排水法？',
        '蜡烛实验说明二氧化碳有哪些性质？',
      ],
    },
    en: {
      goal: 'Prepare carbon dioxide from marble and dilute hydrochloric acid, collect it by upward delivery (displacing air), test for it and check the jar is full, and investigate its properties.',
      apparatus: ['Conical flask', 'Thistle funnel', 'Two-hole stopper and tubes', 'Gas jar with a glass cover', 'Test tubes', 'Beaker', 'A tall and a short candle', 'Marble (or limestone) chips', 'Dilute hydrochloric acid', 'Limewater', 'Litmus solution', 'Matches'],
      steps: [
        'Assemble the apparatus and check for leaks.',
        'Put in the marble first, then pour acid down the thistle funnel; its end must dip below the liquid.',
        'Collect by upward delivery with the tube reaching the bottom of the jar; a burning splint held at the mouth goes out when the jar is full.',
        'Bubble the gas through limewater and watch.',
        'Pour carbon dioxide slowly down the side of a beaker holding a tall and a short burning candle: which goes out first?',
        'Bubble the gas into litmus solution and note the colour; then heat the tube and watch.',
      ],
      record: ['What happened at each step', 'CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑; CO₂ + Ca(OH)₂ = CaCO₃↓ + H₂O; CO₂ + H₂O = H₂CO₃; H₂CO₃ = H₂O + CO₂↑'],
      questions: [
        'Why not use dilute sulfuric acid instead of hydrochloric? Why not sodium carbonate powder instead of marble?',
        'Why collect by displacing air upwards rather than over water?',
        'What properties of carbon dioxide does the candle experiment show?',
      ],
    },
  },
  '3': {
    'zh-CN': {
      goal: '用对比实验探究燃烧需要的条件：可燃物、与氧气（或空气）接触、温度达到可燃物的着火点。',
      apparatus: ['酒精灯', '镊子', '坩埚钳', '薄铜片和三脚架', '烧杯', '热水（约 80 ℃）', '小棉花团', '酒精', '乒乓球碎片和滤纸碎片', '蜡烛', '（教师演示）白磷、红磷、导管和氧气'],
      steps: [
        '用镊子分别夹取蘸酒精和蘸水的小棉花团，放到酒精灯火焰上片刻，观察（变量：是否为可燃物）。',
        '在铜片两端放大小相同的乒乓球碎片和滤纸碎片，从铜片中部加热，观察哪个先燃烧（变量：着火点）。',
        '点燃两支蜡烛，用烧杯罩住其中一支，观察（变量：是否与氧气接触）。',
        '（教师演示）热水中的白磷不燃烧，铜片上的白磷燃烧、红磷不燃烧；再向水中的白磷通氧气，观察。',
        '把每组对比实验的变量和结论整理成表。',
      ],
      record: ['每组对比实验：改变的条件、现象、结论'],
      questions: [
        '每组对比实验中，改变的是哪个条件？保持不变的是哪些？',
        '根据燃烧的条件，说说灭火的原理，并各举一例。',
        '演示实验中，热水起了哪些作用？',
      ],
    },
    en: {
      goal: 'Use paired experiments to find the conditions for burning: a fuel, contact with oxygen (air), and a temperature at or above the fuel’s ignition point.',
      apparatus: ['Spirit lamp', 'Tweezers', 'Crucible tongs', 'Thin copper sheet on a tripod', 'Beaker', 'Hot water (about 80 °C)', 'Small cotton balls', 'Ethanol', 'Bits of table-tennis ball and of filter paper', 'Candles', '(Teacher’s demonstration) white and red phosphorus, a tube and oxygen'],
      steps: [
        'Hold a cotton ball soaked in ethanol and one soaked in water in the flame for a moment (variable: is it a fuel?).',
        'Put equal bits of table-tennis ball and filter paper at the two ends of the copper sheet and heat its middle: which catches fire first? (variable: ignition point).',
        'Light two candles and cover one with a beaker (variable: contact with oxygen).',
        '(Teacher) White phosphorus under hot water does not burn; on the copper sheet white phosphorus burns and red does not; then oxygen is bubbled onto the phosphorus under water.',
        'Tabulate the variable and the conclusion of each pair.',
      ],
      record: ['For each pair: the condition changed, what happened, the conclusion'],
      questions: [
        'In each pair, which condition changed and which were kept the same?',
        'From the conditions for burning, explain how fires are put out, with one example for each.',
        'What did the hot water do in the demonstration?',
      ],
    },
  },
  '4': {
    'zh-CN': {
      goal: '认识常见金属的物理性质（光泽、导电性、导热性、硬度）和化学性质（与氧气、稀酸、金属化合物溶液的反应），比较金属的活动性。',
      apparatus: ['试管和试管架', '镊子', '砂纸', '酒精灯', '坩埚钳', '电池、小灯泡和导线', '镁条、锌粒、铁钉、铜丝、铝丝', '黄铜片和纯铜片', '稀盐酸（或稀硫酸）', '硫酸铜溶液', '硝酸银溶液', '硫酸铝溶液'],
      steps: [
        '观察几种金属的颜色和光泽；把它们分别接入电路，检验导电性；把黄铜片和纯铜片相互刻画，比较硬度。',
        '用坩埚钳夹取打磨过的镁条和铜丝，在酒精灯上加热，观察。',
        '在四支试管中分别放入镁、锌、铁、铜，各加入等量的稀盐酸，比较产生气泡的快慢。',
        '把打磨过的铁钉放入硫酸铜溶液，把铜丝分别放入硝酸银溶液和硫酸铝溶液，观察。',
        '根据现象排出这几种金属的活动性顺序。',
      ],
      record: ['各步现象', 'Mg + 2HCl = MgCl₂ + H₂↑；Fe + CuSO₄ = FeSO₄ + Cu；Cu + 2AgNO₃ = Cu(NO₃)₂ + 2Ag', '得出的活动性顺序'],
      questions: [
        '金属使用前为什么要用砂纸打磨？',
        '根据哪些现象判断铁、铜、银的活动性强弱？',
        '能否用铁桶盛放含硫酸铜的波尔多液？为什么？',
      ],
    },
    en: {
      goal: 'Observe the physical properties of common metals (lustre, conductivity, hardness) and their chemical properties (with oxygen, dilute acids and solutions of metal compounds), and rank their reactivity.',
      apparatus: ['Test tubes in a rack', 'Tweezers', 'Sandpaper', 'Spirit lamp', 'Crucible tongs', 'Cells, a small bulb and wires', 'Magnesium ribbon, zinc granules, iron nails, copper wire, aluminium wire', 'A brass strip and a pure copper strip', 'Dilute hydrochloric (or sulfuric) acid', 'Copper(II) sulfate solution', 'Silver nitrate solution', 'Aluminium sulfate solution'],
      steps: [
        'Look at the colour and lustre of each metal; put each in a circuit to test conduction; scratch brass and copper against each other to compare hardness.',
        'Heat cleaned magnesium ribbon and copper wire in the flame, held with tongs.',
        'Put magnesium, zinc, iron and copper into four tubes, add the same amount of dilute acid to each, and compare how fast they bubble.',
        'Put a cleaned nail into copper(II) sulfate solution, and copper wire into silver nitrate and into aluminium sulfate solution.',
        'From what you saw, rank the metals by reactivity.',
      ],
      record: ['What happened at each step', 'Mg + 2HCl = MgCl₂ + H₂↑; Fe + CuSO₄ = FeSO₄ + Cu; Cu + 2AgNO₃ = Cu(NO₃)₂ + 2Ag', 'Your reactivity order'],
      questions: [
        'Why clean the metals with sandpaper first?',
        'Which observations tell you how iron, copper and silver rank?',
        'Could Bordeaux mixture, which contains copper(II) sulfate, be kept in an iron bucket? Why?',
      ],
    },
  },
  '5': {
    'zh-CN': {
      goal: '配制 50 g 溶质质量分数为 6% 的氯化钠溶液，再用它配制 50 g 3% 的溶液；练习计算、称量、量取和溶解。',
      apparatus: ['托盘天平', '称量纸', '药匙', '量筒（50 mL）', '胶头滴管', '烧杯', '玻璃棒', '细口瓶和标签', '氯化钠', '蒸馏水'],
      steps: [
        '计算：氯化钠 50 g × 6% = 3 g，水 50 g − 3 g = 47 g（约 47 mL）。',
        '称量：在天平两盘各放一张相同的称量纸，调平后称取 3 g 氯化钠，倒入烧杯。',
        '量取：用 50 mL 量筒量取 47 mL 水（接近刻度时改用胶头滴管），倒入烧杯。',
        '溶解：用玻璃棒搅拌，直到氯化钠完全溶解。',
        '装瓶，贴上写有名称和溶质质量分数的标签。',
        '稀释：用 25 g 6% 的溶液（密度约 1.04 g/cm³，约 24.0 mL）加 25 g 水，得到 50 g 3% 的溶液。',
      ],
      record: ['计算过程和结果', '称得的氯化钠质量、量取的水的体积'],
      questions: [
        '量取水时仰视读数，所配溶液的溶质质量分数偏大还是偏小？',
        '溶解时玻璃棒起什么作用？',
        '称量时指针偏向左边，应该怎样操作？',
      ],
    },
    en: {
      goal: 'Make 50 g of 6% (by mass) sodium chloride solution, then dilute it to 50 g of 3%; practise calculating, weighing, measuring volumes and dissolving.',
      apparatus: ['Tray balance', 'Weighing paper', 'Spatula', 'Measuring cylinder (50 mL)', 'Dropper', 'Beaker', 'Glass rod', 'Narrow-necked bottle and label', 'Sodium chloride', 'Distilled water'],
      steps: [
        'Calculate: salt 50 g × 6% = 3 g; water 50 g − 3 g = 47 g (about 47 mL).',
        'Weigh: put identical papers on both pans, balance, then weigh out 3 g of salt and tip it into the beaker.',
        'Measure 47 mL of water in the cylinder (the last drops with the dropper) and add it.',
        'Stir with the glass rod until all the salt has dissolved.',
        'Pour into the bottle and label it with the name and the mass fraction.',
        'Dilute: 25 g of the 6% solution (density about 1.04 g/cm³, about 24.0 mL) plus 25 g of water gives 50 g of 3%.',
      ],
      record: ['Your calculations', 'Mass of salt weighed and volume of water measured'],
      questions: [
        'If you read the cylinder from below (looking up), is the mass fraction of your solution too high or too low?',
        'What is the glass rod for when dissolving?',
        'While weighing the salt the pointer leans to the left: what do you do?',
      ],
    },
  },
  '6': {
    'zh-CN': {
      goal: '通过溶解、过滤、蒸发除去粗盐中的难溶性杂质，并计算精盐的产率。',
      apparatus: ['托盘天平', '烧杯', '玻璃棒', '量筒（10 mL）', '漏斗和滤纸', '铁架台（带铁圈）', '蒸发皿', '酒精灯', '坩埚钳', '药匙', '粗盐', '水'],
      steps: [
        '溶解：称取 5.0 g 粗盐，用药匙逐渐加入盛有 10 mL 水的烧杯中，边加边搅拌，直到不再溶解；称量剩余的粗盐，算出溶解的质量。',
        '过滤：制作过滤器，做到“一贴、二低、三靠”；滤液仍浑浊时再过滤一次。',
        '蒸发：把滤液倒入蒸发皿，加热并用玻璃棒不断搅拌；出现较多固体时停止加热，用余热蒸干。',
        '计算产率：用玻璃棒把固体转移到纸上称量，产率 = 精盐的质量 ÷ 溶解的粗盐质量 × 100%。',
      ],
      record: ['称取的粗盐、剩余的粗盐、溶解的粗盐的质量', '精盐的质量', '产率'],
      questions: [
        '溶解、过滤、蒸发时，玻璃棒分别起什么作用？',
        '产率偏低，可能有哪些原因？',
        '这样得到的精盐是纯净物吗？其中可能还有哪些杂质？',
      ],
    },
    en: {
      goal: 'Remove the insoluble impurities from crude salt by dissolving, filtering and evaporating, and work out the yield of purified salt.',
      apparatus: ['Tray balance', 'Beaker', 'Glass rod', 'Measuring cylinder (10 mL)', 'Funnel and filter paper', 'Retort stand with ring', 'Evaporating dish', 'Spirit lamp', 'Crucible tongs', 'Spatula', 'Crude salt', 'Water'],
      steps: [
        'Dissolve: weigh 5.0 g of crude salt and add it bit by bit to 10 mL of water, stirring, until no more dissolves; weigh what is left to find how much dissolved.',
        'Filter: fold and fit the paper so that it lies flat against the funnel, below its rim, with the liquid below the paper’s edge, the beaker’s lip against the rod and the funnel’s tip against the beaker wall; filter again if still cloudy.',
        'Evaporate: heat the filtrate in the dish, stirring all the time; stop heating when plenty of solid has formed and let the remaining heat dry it.',
        'Yield: scrape the solid onto paper with the rod and weigh it; yield = mass of purified salt ÷ mass of crude salt dissolved × 100%.',
      ],
      record: ['Mass of crude salt taken, left over and dissolved', 'Mass of purified salt', 'Yield'],
      questions: [
        'What does the glass rod do in dissolving, in filtering and in evaporating?',
        'What could make the yield low?',
        'Is the salt you obtained pure? What impurities might still be in it?',
      ],
    },
  },
  '7': {
    'zh-CN': {
      goal: '通过实验认识稀盐酸、稀硫酸和氢氧化钠、氢氧化钙溶液的主要化学性质，认识中和反应。',
      apparatus: ['试管和试管架', '胶头滴管', '白色点滴板', '镊子', '稀盐酸', '稀硫酸', '氢氧化钠溶液', '澄清石灰水', '紫色石蕊溶液', '无色酚酞溶液', '锌粒（或镁条）', '生锈的铁钉', '碳酸钠溶液', '硫酸铜溶液', 'pH 试纸'],
      steps: [
        '在点滴板上分别向稀酸、稀碱溶液中滴加石蕊溶液和酚酞溶液，观察颜色；用 pH 试纸测它们的 pH。',
        '把锌粒和生锈的铁钉分别放入稀盐酸中，观察（铁锈去掉后及时取出铁钉）。',
        '向稀盐酸中滴加碳酸钠溶液，观察。',
        '向氢氧化钠溶液中滴加硫酸铜溶液；向澄清石灰水中滴加碳酸钠溶液，观察。',
        '中和：向氢氧化钠溶液中滴入 2 滴酚酞，再逐滴加入稀盐酸并振荡，直到红色恰好褪去。',
      ],
      record: ['各步现象', 'Fe₂O₃ + 6HCl = 2FeCl₃ + 3H₂O；Zn + 2HCl = ZnCl₂ + H₂↑；2NaOH + CuSO₄ = Cu(OH)₂↓ + Na₂SO₄；NaOH + HCl = NaCl + H₂O'],
      questions: [
        '不同的酸为什么有相似的化学性质？不同的碱呢？',
        '中和实验中为什么要先加酚酞？怎样判断酸和碱恰好完全反应？',
        '用稀酸除铁锈时，铁钉为什么不宜在酸中浸泡太久？',
      ],
    },
    en: {
      goal: 'Observe the main chemical properties of dilute hydrochloric and sulfuric acid and of sodium and calcium hydroxide solutions, and meet neutralisation.',
      apparatus: ['Test tubes in a rack', 'Droppers', 'White spotting tile', 'Tweezers', 'Dilute hydrochloric acid', 'Dilute sulfuric acid', 'Sodium hydroxide solution', 'Limewater', 'Litmus solution', 'Phenolphthalein solution', 'Zinc granules (or magnesium ribbon)', 'Rusty iron nail', 'Sodium carbonate solution', 'Copper(II) sulfate solution', 'pH paper'],
      steps: [
        'On the tile, add litmus and phenolphthalein to the acids and the alkalis and note the colours; measure their pH with pH paper.',
        'Put zinc and the rusty nail into dilute hydrochloric acid (take the nail out once the rust is gone).',
        'Add sodium carbonate solution to dilute hydrochloric acid.',
        'Add copper(II) sulfate solution to sodium hydroxide solution, and sodium carbonate solution to limewater.',
        'Neutralisation: add two drops of phenolphthalein to sodium hydroxide solution, then dilute hydrochloric acid drop by drop with shaking until the pink just disappears.',
      ],
      record: ['What happened at each step', 'Fe₂O₃ + 6HCl = 2FeCl₃ + 3H₂O; Zn + 2HCl = ZnCl₂ + H₂↑; 2NaOH + CuSO₄ = Cu(OH)₂↓ + Na₂SO₄; NaOH + HCl = NaCl + H₂O'],
      questions: [
        'Why do different acids have similar chemical properties? And different bases?',
        'Why add phenolphthalein first in the neutralisation? How do you know the acid and base have just reacted completely?',
        'Why should the nail not stay long in the acid when removing rust?',
      ],
    },
  },
  '8': {
    'zh-CN': {
      goal: '通过电解水（以及氢气燃烧生成水）认识水由氢、氧两种元素组成。',
      apparatus: ['水电解器', '学生电源（直流）和导线', '水（加入少量硫酸钠以增强导电性）', '带火星的木条', '燃着的木条', '小试管', '干冷的烧杯'],
      steps: [
        '在电解器中注满含少量硫酸钠的水，接通直流电源，观察两个电极上的现象。',
        '一段时间后，比较两管中气体的体积（与负极相连的管中约为正极的 2 倍）。',
        '用带火星的木条检验正极产生的气体；用燃着的木条检验负极产生的气体（先验纯）。',
        '（教师演示）点燃纯净的氢气，在火焰上方罩一个干冷的烧杯，观察烧杯内壁。',
      ],
      record: ['两管气体的体积', '检验两种气体的现象', '2H₂O =通电= 2H₂↑ + O₂↑；2H₂ + O₂ =点燃= 2H₂O'],
      questions: [
        '为什么要在水中加入少量硫酸钠？',
        '由这两个实验能得出什么结论？依据是什么？',
        '测得氢气与氧气的体积比略大于 2∶1，可能的原因是什么？',
      ],
    },
    en: {
      goal: 'Show by electrolysing water (and by burning hydrogen to make water) that water is made of the elements hydrogen and oxygen.',
      apparatus: ['Water electrolysis apparatus', 'DC power supply and leads', 'Water with a little sodium sulfate (to conduct better)', 'Glowing splint', 'Burning splint', 'Small test tubes', 'A cold, dry beaker'],
      steps: [
        'Fill the apparatus with the water, switch on the DC supply, and watch both electrodes.',
        'After a while compare the volumes of gas (the tube on the negative electrode has about twice as much).',
        'Test the gas from the positive electrode with a glowing splint, and from the negative one with a burning splint (test its purity first).',
        '(Teacher) Burn pure hydrogen under a cold, dry beaker and look at the inside of the beaker.',
      ],
      record: ['Volumes of gas in the two tubes', 'What the tests showed', '2H₂O =electrolysis= 2H₂↑ + O₂↑; 2H₂ + O₂ =ignite= 2H₂O'],
      questions: [
        'Why add a little sodium sulfate to the water?',
        'What do these two experiments show, and on what reasoning?',
        'The measured volume ratio of hydrogen to oxygen is a little more than 2 : 1. What could be the reason?',
      ],
    },
  },
};
