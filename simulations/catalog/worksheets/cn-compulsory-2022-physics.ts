/**
 * Worksheets of 义务教育物理课程标准（2022年版）学生必做实验, by entry code: goal, apparatus, steps, what to
 * record, questions. Conventions of Chinese junior textbooks: g = 9.8 N/kg; 电流表 0–0.6 A / 0–3 A,
 * 电压表 0–3 V / 0–15 V. Steps of covered items say how to do them in the lab that covers them.
 */
import type { Worksheets } from '../catalog';

export const worksheets: Worksheets = {
  '4.1.1': {
    'zh-CN': {
      goal: '会使用托盘天平测量固体和液体的质量，掌握“左物右码”、调平和读数的方法。',
      apparatus: ['托盘天平（附砝码盒、镊子）', '待测小物块（金属块、橡皮等）', '小烧杯', '水'],
      steps: [
        '把天平放在水平台上，用镊子把游码拨到标尺左端的零刻度线处。',
        '调节横梁两端的平衡螺母，使指针指在分度盘中线处（或左右摆动幅度相等）。',
        '物体放左盘，用镊子按“先大后小”向右盘加砝码，最后移动游码，直到横梁重新平衡。',
        '物体质量 = 右盘砝码总质量 + 游码左侧边缘对应的刻度值。',
        '测液体质量：先测空烧杯的质量 m₁，倒入水后测总质量 m₂，水的质量 m = m₂ − m₁。',
        '测完用镊子把砝码放回盒中，游码拨回零刻度线。',
      ],
      record: ['天平的称量和标尺的分度值', '物块：砝码总质量、游码读数、物块质量', '空烧杯质量 m₁、烧杯和水的总质量 m₂、水的质量 m'],
      questions: [
        '称量时横梁不平衡，能不能再调平衡螺母？为什么？',
        '如果所用的砝码磨损了（质量变小），测得的质量偏大还是偏小？',
        '为什么要用镊子取砝码，而不用手拿？',
      ],
    },
    en: {
      goal: 'Use a tray balance to measure the mass of a solid and of a liquid: object on the left pan, weights on the right, levelling and reading the scale.',
      apparatus: ['Tray balance with a box of weights and tweezers', 'Small objects to weigh (a metal block, an eraser)', 'Small beaker', 'Water'],
      steps: [
        'Stand the balance on a level table and move the rider to the zero mark at the left end of the beam scale with the tweezers.',
        'Turn the balance nuts at the ends of the beam until the pointer rests on the centre line (or swings equally to both sides).',
        'Put the object on the left pan; add weights to the right pan with the tweezers, largest first, then move the rider until the beam balances again.',
        'Mass of the object = total of the weights + the scale reading at the left edge of the rider.',
        'Mass of a liquid: weigh the empty beaker (m₁), pour in water and weigh again (m₂); the water’s mass is m = m₂ − m₁.',
        'Put the weights back in their box with the tweezers and return the rider to zero.',
      ],
      record: ['Capacity of the balance and the division of its beam scale', 'Object: total of the weights, rider reading, mass', 'Empty beaker m₁, beaker with water m₂, mass of water m'],
      questions: [
        'If the beam does not balance while you weigh, may you turn the balance nuts again? Why?',
        'If the weights are worn (lighter than marked), is the measured mass too large or too small?',
        'Why do we pick the weights up with tweezers and not with our fingers?',
      ],
    },
  },
  '4.1.2': {
    'zh-CN': {
      goal: '用天平和量筒测量小石块和盐水的密度，会用 ρ = m/V 计算，并分析操作顺序对结果的影响。',
      apparatus: ['托盘天平和砝码', '量筒（100 mL）', '烧杯', '细线', '不吸水的小石块', '盐水', '水'],
      steps: [
        '用天平测出小石块的质量 m。',
        '在量筒中倒入适量的水，读出体积 V₁（视线与凹液面底部相平）。',
        '用细线系住石块，慢慢放入量筒中使其浸没，读出总体积 V₂，石块体积 V = V₂ − V₁。',
        '在烧杯中倒入适量盐水，测出烧杯和盐水的总质量 m₁。',
        '把烧杯中的一部分盐水倒入量筒，读出体积 V；再测出烧杯和剩余盐水的质量 m₂。',
        '计算：石块 ρ = m/(V₂ − V₁)，盐水 ρ = (m₁ − m₂)/V；注意 1 g/cm³ = 1.0×10³ kg/m³。',
      ],
      record: ['石块：m、V₁、V₂、V、ρ', '盐水：m₁、V、m₂、倒出盐水的质量、ρ'],
      questions: [
        '为什么要先测石块的质量，再测它的体积？顺序颠倒，结果偏大还是偏小？',
        '测盐水密度时，为什么不先测空烧杯的质量，再把全部盐水倒进量筒？',
        '“适量的水”指多少？',
      ],
    },
    en: {
      goal: 'Measure the density of a small stone and of brine with a balance and a measuring cylinder, calculate ρ = m/V, and see how the order of the steps affects the result.',
      apparatus: ['Tray balance and weights', 'Measuring cylinder (100 mL)', 'Beaker', 'Thread', 'Small non-porous stone', 'Brine (salt water)', 'Water'],
      steps: [
        'Weigh the stone: mass m.',
        'Pour a suitable amount of water into the cylinder and read its volume V₁ (eye level with the bottom of the meniscus).',
        'Lower the stone on its thread until it is under water and read the total volume V₂; the stone’s volume is V = V₂ − V₁.',
        'Pour some brine into the beaker and weigh beaker and brine together: m₁.',
        'Pour part of the brine into the cylinder and read its volume V; weigh the beaker with the rest: m₂.',
        'Calculate: stone ρ = m/(V₂ − V₁), brine ρ = (m₁ − m₂)/V; remember 1 g/cm³ = 1.0×10³ kg/m³.',
      ],
      record: ['Stone: m, V₁, V₂, V, ρ', 'Brine: m₁, V, m₂, mass poured out, ρ'],
      questions: [
        'Why weigh the stone before measuring its volume? Done the other way round, is the density too large or too small?',
        'For the brine, why not weigh the empty beaker first and then pour all the brine into the cylinder?',
        'What is “a suitable amount” of water in step 2?',
      ],
    },
  },
  '4.1.3': {
    'zh-CN': {
      goal: '了解液体温度计的构造和原理，会正确使用实验室温度计测量水温，会使用体温计。',
      apparatus: ['实验室用温度计（−20～110 ℃）', '体温计', '三个烧杯，分别装冷水、温水、热水'],
      steps: [
        '观察温度计的量程和分度值；先估计被测液体的温度，选择合适的温度计。',
        '把温度计的玻璃泡全部浸入被测液体中，不要碰到容器底和容器壁。',
        '待示数稳定后再读数；读数时玻璃泡要继续留在液体中，视线与液柱的液面相平。',
        '依次测量冷水、温水、热水的温度，与估计值比较。',
        '使用体温计前先用力甩几下，使水银回到玻璃泡；体温计可以离开人体读数。',
      ],
      record: ['温度计的量程和分度值', '三杯水的估计温度和测量温度'],
      questions: [
        '为什么实验室温度计读数时玻璃泡不能离开液体，而体温计可以离开人体读数？',
        '读数时仰视或俯视，读数分别偏大还是偏小？',
        '为什么测量前要先估计被测物体的温度？',
      ],
    },
    en: {
      goal: 'Learn how a liquid-in-glass thermometer works, measure water temperature correctly with a laboratory thermometer, and use a clinical thermometer.',
      apparatus: ['Laboratory thermometer (−20 to 110 °C)', 'Clinical thermometer', 'Three beakers of cold, warm and hot water'],
      steps: [
        'Note the thermometer’s range and smallest division; estimate the temperature first and choose a suitable thermometer.',
        'Put the whole bulb into the liquid without touching the bottom or the sides of the container.',
        'Wait until the reading is steady; keep the bulb in the liquid while reading, with your eye level with the top of the liquid column.',
        'Measure the cold, warm and hot water in turn and compare with your estimates.',
        'Shake a clinical thermometer down before use so that the mercury returns to the bulb; it can be read after it is taken out.',
      ],
      record: ['Range and smallest division of the thermometer', 'Estimated and measured temperature of each beaker'],
      questions: [
        'Why must a laboratory thermometer stay in the liquid while you read it, when a clinical thermometer can be read after leaving the body?',
        'Reading from above or from below: which gives too high a value, which too low?',
        'Why estimate the temperature before measuring?',
      ],
    },
  },
  '4.1.4': {
    'zh-CN': {
      goal: '会用刻度尺测量长度并估读到分度值的下一位，会用停表测量时间；知道误差与错误的区别，会用多次测量求平均值减小误差。',
      apparatus: ['刻度尺（分度值 1 mm）', '停表', '物理课本', '细铜丝和铅笔', '单摆（细线和小球）'],
      steps: [
        '认清刻度尺的零刻度线、量程和分度值。',
        '刻度尺沿被测长度放正，零刻度线对准被测物体的一端；读数时视线正对刻度线，估读到分度值的下一位，记下数值和单位。',
        '测课本的长和宽各三次，求平均值。',
        '累积法：把细铜丝在铅笔上紧密绕 20 圈，量出线圈的总长度，除以 20 得到铜丝的直径。',
        '用停表测单摆摆动 30 次所用的时间，求摆动一次的时间。',
      ],
      record: ['课本长、宽各三次的测量值和平均值', '线圈总长度、圈数、铜丝直径', '30 次摆动的总时间和一次的时间'],
      questions: [
        '测量结果“25.86 cm”中哪一位是估读的？所用刻度尺的分度值是多少？',
        '误差和错误有什么不同？误差能消除吗？',
        '为什么测摆动 30 次的时间，而不是只测一次？',
      ],
    },
    en: {
      goal: 'Measure length with a ruler, estimating one digit beyond the smallest division, and time with a stopwatch; tell errors of measurement from mistakes, and reduce the error by averaging several measurements.',
      apparatus: ['Ruler (1 mm divisions)', 'Stopwatch', 'Physics textbook', 'Thin copper wire and a pencil', 'Pendulum (a thread and a small ball)'],
      steps: [
        'Find the ruler’s zero mark, its range and its smallest division.',
        'Lay the ruler along the length with its zero mark at one end; read with your eye straight above the mark, estimate one digit beyond the smallest division, and write down the number with its unit.',
        'Measure the length and the width of the book three times each and take the averages.',
        'Accumulation: wind the copper wire 20 times tightly round the pencil, measure the length of the coil and divide by 20 for the wire’s diameter.',
        'Time 30 swings of the pendulum with the stopwatch and work out the time of one swing.',
      ],
      record: ['Three readings each of the book’s length and width, and their averages', 'Length of the coil, number of turns, wire diameter', 'Time of 30 swings and of one swing'],
      questions: [
        'In the result “25.86 cm”, which digit is estimated? What is the ruler’s smallest division?',
        'How does an error of measurement differ from a mistake? Can errors be removed entirely?',
        'Why time 30 swings rather than one?',
      ],
    },
  },
  '4.1.5': {
    'zh-CN': {
      goal: '用刻度尺和停表测量物体沿斜面下滑的平均速度（v = s/t），比较前半程、后半程和全程的平均速度。',
      apparatus: ['斜面（木板和垫块）', '小车', '金属挡板', '刻度尺', '停表', '本实验室：斜面实验（物块代替小车）、刻度尺工具、秒表工具'],
      steps: [
        '打开斜面实验（倾角 10°，摩擦因数 0.05）。用刻度尺工具量出物块从起点到斜面底端的路程 s₁。',
        '按“重置”，按“播放”的同时按下秒表开始计时；物块到达底端时停止计时，得到全程时间 t₁。',
        '用刻度尺工具标出路程的中点（s₂ = s₁/2）；再做一次，物块经过中点时按秒表的“计次”，得到上半程的时间 t₂。',
        '每种测量重复三次，求时间的平均值。',
        '计算全程 v₁ = s₁/t₁、上半程 v₂ = s₂/t₂、下半程 v₃ = (s₁ − s₂)/(t₁ − t₂)。',
        '把倾角改为 15° 再测一次全程时间，比较。',
      ],
      record: ['路程 s₁、s₂', '时间 t₁、t₂（各三次及平均值）', '平均速度 v₁、v₂、v₃'],
      questions: [
        '上半程和下半程的平均速度哪个大？物块做的是什么运动？',
        '真实实验中为什么斜面的坡度要小一些？',
        '如果物块过了起点才开始计时，测得的平均速度偏大还是偏小？',
      ],
    },
    en: {
      goal: 'Measure the average speed (v = s/t) of an object sliding down a slope with a ruler and a stopwatch, and compare the first half, the second half and the whole run.',
      apparatus: ['Slope (a board and a block to raise it)', 'Cart', 'Metal stop plate', 'Ruler', 'Stopwatch', 'In Sprout Lab: the incline lab (a block instead of the cart), its ruler and stopwatch tools'],
      steps: [
        'Open the incline lab (10°, friction coefficient 0.05). Measure with the ruler tool the distance s₁ from the block’s start to the bottom of the slope.',
        'Press Reset, then start the stopwatch as you press Play; stop it when the block reaches the bottom: the whole-run time t₁.',
        'Mark the halfway point with the ruler tool (s₂ = s₁/2); run again and press the stopwatch’s Lap as the block passes it: the first-half time t₂.',
        'Repeat each timing three times and average.',
        'Calculate the whole run v₁ = s₁/t₁, first half v₂ = s₂/t₂, second half v₃ = (s₁ − s₂)/(t₁ − t₂).',
        'Change the angle to 15° and time the whole run again; compare.',
      ],
      record: ['Distances s₁, s₂', 'Times t₁, t₂ (three of each and the averages)', 'Average speeds v₁, v₂, v₃'],
      questions: [
        'Which half has the greater average speed? What kind of motion is this?',
        'In the real experiment, why should the slope be gentle?',
        'If you start the watch after the block has left the start, is the average speed you get too large or too small?',
      ],
    },
  },
  '4.1.6': {
    'zh-CN': {
      goal: '了解弹簧测力计的构造和原理，会用弹簧测力计测量力的大小。',
      apparatus: ['弹簧测力计（0～5 N）', '钩码若干（每个 50 g）', '木块', '细线', '橡皮筋'],
      steps: [
        '观察测力计的量程和分度值；指针不在零刻度线处时先调零。',
        '沿弹簧轴线方向轻拉挂钩几次，检查指针、弹簧与外壳之间有无摩擦。',
        '测量时让弹簧的伸长方向与拉力方向在同一直线上，所测的力不能超过量程。',
        '读数时视线与刻度盘垂直。',
        '测一个、两个、三个钩码的重力；测拉动木块、拉长橡皮筋所用的力。',
      ],
      record: ['测力计的量程和分度值', '各次测得的力（钩码个数与重力）'],
      questions: [
        '弹簧测力计为什么能测力？（提示：弹性限度内，弹簧的伸长量与拉力成正比）',
        '指针没有调零、停在 0.2 N 处就测量，读数应怎样修正？',
        '为什么拉力方向要沿着弹簧的轴线？',
      ],
    },
    en: {
      goal: 'Learn how a spring force gauge is built and why it works, and measure forces with it.',
      apparatus: ['Spring force gauge (0–5 N)', 'Hooked masses (50 g each)', 'Wooden block', 'Thread', 'Rubber band'],
      steps: [
        'Note the range and the smallest division; if the pointer is not at zero, zero it first.',
        'Pull the hook gently along the spring’s axis a few times to check that pointer and spring do not rub on the case.',
        'Pull along the spring’s axis, and never with more force than the range.',
        'Read with your eye perpendicular to the scale.',
        'Measure the weight of one, two and three masses; measure the force needed to drag the block and to stretch the rubber band.',
      ],
      record: ['Range and smallest division of the gauge', 'Each force measured (number of masses and their weight)'],
      questions: [
        'Why can a spring measure force? (Hint: within the elastic limit, the extension is proportional to the pull.)',
        'If the pointer sat at 0.2 N before you measured, how do you correct the reading?',
        'Why must the pull be along the spring’s axis?',
      ],
    },
  },
  '4.1.7': {
    'zh-CN': {
      goal: '会把电流表串联接入电路，会选择量程、试触和读数，测量电路中的电流。',
      apparatus: ['电池组（两节干电池）', '开关', '小灯泡和灯座', '电流表（0～0.6 A、0～3 A）', '导线若干', '本实验室：电路实验台（实物元件和指针式电表，可拖放连线）'],
      steps: [
        '观察电流表：两个量程的分度值分别是 0.02 A 和 0.1 A；指针不指零时先调零。',
        '按电路图连接，连接过程中开关断开；电流表串联在电路中，电流从“+”接线柱流入、从“−”接线柱流出。',
        '先接大量程，闭合开关时迅速“试触”：若指针偏转小于 0.6 A 的刻度，改接 0～0.6 A 量程。',
        '闭合开关，读出电流 I。',
        '把电流表分别接在灯泡之前和之后，比较两次的读数。',
      ],
      record: ['所用量程及其分度值', '灯泡前、后的电流'],
      questions: [
        '为什么绝不能把电流表直接接在电源两极上？',
        '闭合开关后指针向左偏说明什么？指针偏转角度很小又说明什么？',
        '用 0～3 A 量程接线，却按 0～0.6 A 的刻度读数，读数差几倍？',
      ],
    },
    en: {
      goal: 'Connect an ammeter in series, choose its range by a quick trial touch, read it, and measure the current in a circuit.',
      apparatus: ['Battery (two dry cells)', 'Switch', 'Small bulb in a holder', 'Ammeter (0–0.6 A and 0–3 A)', 'Connecting wires', 'In Sprout Lab: the circuits bench (real-looking parts and analog meters, wired by dragging)'],
      steps: [
        'Look at the ammeter: the smallest divisions of its two ranges are 0.02 A and 0.1 A; zero the pointer if needed.',
        'Build the circuit from its diagram with the switch open; the ammeter goes in series, current entering at “+” and leaving at “−”.',
        'Connect the large range first and close the switch only for a moment (a trial touch); if the pointer shows less than 0.6 A, move to the 0–0.6 A range.',
        'Close the switch and read the current I.',
        'Put the ammeter before the bulb and then after it, and compare the readings.',
      ],
      record: ['Range used and its smallest division', 'Current before and after the bulb'],
      questions: [
        'Why must an ammeter never be connected straight across the battery?',
        'What does it mean when the pointer swings to the left? And when it hardly moves?',
        'If you wire the 0–3 A range but read the 0–0.6 A scale, by what factor is your reading off?',
      ],
    },
  },
  '4.1.8': {
    'zh-CN': {
      goal: '会把电压表并联接入电路，会选择量程和读数，测量电源和用电器两端的电压。',
      apparatus: ['干电池两节（带电池盒）', '开关', '小灯泡和灯座', '电压表（0～3 V、0～15 V）', '导线若干', '本实验室：电路实验台（实物元件和指针式电表，可拖放连线）'],
      steps: [
        '观察电压表：两个量程的分度值分别是 0.1 V 和 0.5 V；指针不指零时先调零。',
        '电压表与被测部分并联，电流从“+”接线柱流入、从“−”接线柱流出；不知道电压大小时先用大量程试触。',
        '测一节干电池两端的电压，再测两节串联后的电压。',
        '连接电池、开关、灯泡组成电路，闭合开关后测灯泡两端的电压。',
      ],
      record: ['所用量程及其分度值', '一节、两节干电池的电压', '灯泡两端的电压'],
      questions: [
        '电压表能直接接在电源两极上吗？电流表呢？为什么两者不同？',
        '一节新干电池的电压约为多少？两节串联呢？',
        '如果把电压表串联在电路中，灯泡会怎样？电压表示数约为多少？',
      ],
    },
    en: {
      goal: 'Connect a voltmeter in parallel, choose its range, read it, and measure the voltage of a source and across a component.',
      apparatus: ['Two dry cells in a holder', 'Switch', 'Small bulb in a holder', 'Voltmeter (0–3 V and 0–15 V)', 'Connecting wires', 'In Sprout Lab: the circuits bench (real-looking parts and analog meters, wired by dragging)'],
      steps: [
        'Look at the voltmeter: the smallest divisions of its two ranges are 0.1 V and 0.5 V; zero the pointer if needed.',
        'Connect the voltmeter in parallel with what you measure, “+” to the higher potential; when you do not know the voltage, try the large range first.',
        'Measure the voltage of one cell, then of two cells in series.',
        'Make a circuit of cells, switch and bulb; close the switch and measure the voltage across the bulb.',
      ],
      record: ['Range used and its smallest division', 'Voltage of one cell and of two cells', 'Voltage across the bulb'],
      questions: [
        'May a voltmeter be connected straight across the battery? An ammeter? Why the difference?',
        'About what is the voltage of a new dry cell? Of two in series?',
        'If the voltmeter were put in series, what would the bulb do, and about what would the meter read?',
      ],
    },
  },
  '4.1.9': {
    'zh-CN': {
      goal: '用电压表和电流表测定值电阻和小灯泡的电阻（伏安法，R = U/I），认识小灯泡的电阻随温度变化。',
      apparatus: ['电源（两节或三节干电池）', '开关', '待测定值电阻', '小灯泡（2.5 V）', '滑动变阻器', '电流表', '电压表', '导线若干', '本实验室：电路实验台（实物元件和指针式电表，可拖放连线）'],
      steps: [
        '画出电路图并按图连接：电流表串联，电压表并联在待测电阻两端，滑动变阻器“一上一下”接入；连接时开关断开，滑片移到阻值最大处。',
        '闭合开关，移动滑片，改变电阻两端的电压，读出三组电压 U 和电流 I。',
        '算出每次的 R = U/I，求平均值。',
        '换成小灯泡，从低到高改变电压（不超过额定电压 2.5 V），记录 U、I 并观察亮度，算出各次的电阻。',
      ],
      record: ['定值电阻：三组 U、I、R 和 R 的平均值', '小灯泡：各次的 U、I、R 和亮度'],
      questions: [
        '滑动变阻器在本实验中有哪些作用？',
        '为什么小灯泡的电阻不取平均值？',
        '闭合开关后灯不亮，电流表几乎无示数，电压表示数接近电源电压，故障可能在哪里？',
      ],
    },
    en: {
      goal: 'Measure the resistance of a fixed resistor and of a small bulb with a voltmeter and an ammeter (R = U/I), and see that the bulb’s resistance changes with its temperature.',
      apparatus: ['Source (two or three dry cells)', 'Switch', 'Fixed resistor to measure', 'Small bulb (2.5 V)', 'Rheostat', 'Ammeter', 'Voltmeter', 'Connecting wires', 'In Sprout Lab: the circuits bench (real-looking parts and analog meters, wired by dragging)'],
      steps: [
        'Draw the circuit and build it: ammeter in series, voltmeter across the resistor, rheostat connected by one top and one bottom terminal; switch open and the rheostat at its largest resistance while you wire.',
        'Close the switch and move the slider to change the voltage across the resistor; read three pairs of voltage U and current I.',
        'Calculate R = U/I for each and average.',
        'Replace the resistor by the bulb; raise the voltage step by step (never above its rated 2.5 V), record U and I and the brightness, and calculate R each time.',
      ],
      record: ['Fixed resistor: three sets of U, I, R and the average R', 'Bulb: U, I, R and brightness each time'],
      questions: [
        'What does the rheostat do in this experiment?',
        'Why is the bulb’s resistance not averaged?',
        'With the switch closed the bulb stays dark, the ammeter reads almost nothing and the voltmeter nearly the battery voltage: where is the fault?',
      ],
    },
  },
  '4.2.1': {
    'zh-CN': {
      goal: '探究水在沸腾前后温度随时间变化的特点，观察沸腾前后气泡的变化。',
      apparatus: ['铁架台', '酒精灯和火柴', '陶土网', '烧杯', '温度计', '中间有孔的硬纸板', '停表', '水'],
      steps: [
        '按“自下而上”的顺序组装：先根据酒精灯外焰的高度固定陶土网，再放烧杯、固定温度计。',
        '烧杯中加入适量温水（缩短加热时间），盖上纸板；温度计的玻璃泡浸没在水中，不碰杯底和杯壁。',
        '点燃酒精灯，水温升到 90 ℃ 左右时开始每隔 1 min 记录一次温度，直到沸腾后再记录 4～5 min。',
        '观察气泡：沸腾前气泡在上升过程中变小，沸腾时气泡在上升过程中变大，到水面破裂。',
        '撤去酒精灯，观察水是否还能继续沸腾。',
        '以时间为横轴、温度为纵轴画出水温随时间变化的图像。',
      ],
      record: ['时间—温度数据表', '水的沸点', '沸腾前后气泡的情况'],
      questions: [
        '水沸腾时温度怎样变化？沸腾时还需要继续吸热吗？你的哪一步说明了这一点？',
        '测得的沸点低于 100 ℃，可能是什么原因？',
        '纸板有什么作用？',
      ],
    },
    en: {
      goal: 'Find how the temperature of water changes with time before and while it boils, and watch how the bubbles change.',
      apparatus: ['Retort stand', 'Spirit lamp and matches', 'Ceramic gauze', 'Beaker', 'Thermometer', 'Card with a hole in it', 'Stopwatch', 'Water'],
      steps: [
        'Assemble from the bottom up: fix the gauze at the height of the flame’s outer part first, then the beaker, then the thermometer.',
        'Put warm water in the beaker (it boils sooner) and cover it with the card; the thermometer bulb is under water without touching bottom or sides.',
        'Light the lamp; from about 90 °C, record the temperature every minute until 4–5 minutes after the water boils.',
        'Watch the bubbles: before boiling they shrink as they rise; while boiling they grow as they rise and burst at the surface.',
        'Take the lamp away and see whether the water keeps boiling.',
        'Plot temperature (vertical) against time (horizontal).',
      ],
      record: ['Table of time and temperature', 'Boiling point of the water', 'What the bubbles did before and during boiling'],
      questions: [
        'How does the temperature change while the water boils? Does boiling water still need heat? Which step shows it?',
        'If the boiling point you measured is below 100 °C, what could be the reason?',
        'What is the card for?',
      ],
    },
  },
  '4.2.2': {
    'zh-CN': {
      goal: '用二力平衡测量滑动摩擦力，探究滑动摩擦力的大小与压力、接触面粗糙程度的关系，并检验它是否与接触面积、速度有关。',
      apparatus: ['长木板', '带钩的长方体木块', '弹簧测力计', '砝码', '棉布', '毛巾'],
      steps: [
        '木块平放在长木板上，用测力计沿水平方向拉木块做匀速直线运动，读出拉力 F₁（此时滑动摩擦力等于拉力）。',
        '在木块上放砝码增大压力，重复，读出 F₂。',
        '在木板上铺棉布、毛巾，改变接触面的粗糙程度，重复，读出 F₃、F₄。',
        '把木块侧放（改变接触面积），重复并比较。',
        '用不同的速度匀速拉动木块，比较读数。',
      ],
      record: ['每次的压力情况、接触面、接触面积、速度和测力计示数'],
      questions: [
        '为什么要沿水平方向匀速拉动木块？',
        '滑动摩擦力与接触面积、运动快慢有关吗？你的数据怎样说明？',
        '手拉木块时很难保持匀速。怎样改进，使测力计示数稳定？（提示：拉动木板）',
      ],
    },
    en: {
      goal: 'Measure sliding friction by balancing two forces, find how it depends on the normal force and the roughness of the surfaces, and test whether it depends on contact area and speed.',
      apparatus: ['Long wooden board', 'Rectangular wooden block with a hook', 'Spring force gauge', 'Weights', 'Cotton cloth', 'Towel'],
      steps: [
        'Lay the block flat on the board and pull it horizontally with the gauge at constant speed; read the pull F₁ (the sliding friction then equals the pull).',
        'Put weights on the block to press it harder and repeat: F₂.',
        'Cover the board with cotton, then with the towel, to change the roughness, and repeat: F₃, F₄.',
        'Stand the block on its side (a different contact area) and repeat.',
        'Pull at different constant speeds and compare.',
      ],
      record: ['For each run: load, surface, contact area, speed and gauge reading'],
      questions: [
        'Why must the block be pulled horizontally and at constant speed?',
        'Does sliding friction depend on contact area or on speed? How do your data show it?',
        'Keeping a hand-pulled block at constant speed is hard. How could you make the reading steady? (Hint: pull the board instead.)',
      ],
    },
  },
  '4.2.3': {
    'zh-CN': {
      goal: '用微小压强计探究液体内部压强与深度、方向和液体密度的关系。',
      apparatus: ['微小压强计（U 形管和带橡皮膜的探头）', '大烧杯或透明水槽', '水', '浓盐水', '刻度尺'],
      steps: [
        '检查气密性：用手指按压橡皮膜，U 形管两侧液面出现高度差并能保持不变。',
        '把探头放入水中某一深度，读出 U 形管两侧液面的高度差 Δh。',
        '保持深度不变，让探头的橡皮膜朝上、朝下、朝侧面，比较 Δh。',
        '增大探头所在的深度，比较 Δh。',
        '换用浓盐水，在相同深度比较 Δh。',
      ],
      record: ['液体、深度、橡皮膜朝向、液面高度差 Δh'],
      questions: [
        'U 形管两侧液面的高度差反映了什么？这用的是什么研究方法？',
        '在同一深度，液体向各个方向的压强有什么关系？',
        '实验中哪些地方用到了控制变量法？',
      ],
    },
    en: {
      goal: 'Use a U-tube pressure gauge to find how the pressure inside a liquid depends on depth, direction and the liquid’s density.',
      apparatus: ['U-tube manometer with a membrane probe', 'Large beaker or clear tank', 'Water', 'Strong brine', 'Ruler'],
      steps: [
        'Check for leaks: press the membrane with a finger; the liquid levels in the U-tube must differ and stay so.',
        'Put the probe into water at some depth and read the difference in height Δh between the two sides of the U-tube.',
        'At the same depth, turn the membrane up, down and sideways and compare Δh.',
        'Go deeper and compare Δh.',
        'Change to brine and compare Δh at the same depth.',
      ],
      record: ['Liquid, depth, direction of the membrane, height difference Δh'],
      questions: [
        'What does the height difference in the U-tube show? What method is this?',
        'At one depth, how do the pressures in different directions compare?',
        'Where did you control variables in this experiment?',
      ],
    },
  },
  '4.2.4': {
    'zh-CN': {
      goal: '用称重法测浮力（F浮 = G − F），探究浮力大小与物体浸在液体中的体积、液体密度及浸没深度的关系。',
      apparatus: ['弹簧测力计', '圆柱体金属块（带挂钩）', '细线', '烧杯', '水', '盐水'],
      steps: [
        '用测力计测出金属块在空气中的重力 G。',
        '把金属块逐渐浸入水中，读出浸入体积不同时测力计的示数 F，算出浮力 F浮 = G − F。',
        '金属块浸没后，改变它所在的深度（不碰杯底），比较浮力。',
        '把金属块浸没在盐水中，比较浮力。',
        '（可选）换用体积相同、重力不同的物块，检验浮力是否与物体的重力有关。',
      ],
      record: ['G；各次浸入情况、液体、深度、测力计示数 F 和浮力 F浮'],
      questions: [
        '浮力的大小与物体浸在液体中的体积有什么关系？与浸没的深度有关吗？',
        '浮力的大小与液体的密度有什么关系？',
        '如果金属块碰到了杯底，测得的浮力偏大还是偏小？',
      ],
    },
    en: {
      goal: 'Measure the buoyant force by weighing (F_b = G − F), and find how it depends on the volume under the liquid, the liquid’s density and the depth.',
      apparatus: ['Spring force gauge', 'Cylindrical metal block with a hook', 'Thread', 'Beaker', 'Water', 'Brine'],
      steps: [
        'Weigh the block in air: G.',
        'Lower it into water bit by bit; for each part under water read the gauge F and work out F_b = G − F.',
        'With the block fully under water, change its depth (without touching the bottom) and compare.',
        'Put the block fully into brine and compare.',
        '(Optional) Use blocks of the same volume but different weight to test whether the buoyant force depends on the object’s weight.',
      ],
      record: ['G; for each run: how much is under, liquid, depth, gauge reading F and buoyant force F_b'],
      questions: [
        'How does the buoyant force depend on the volume under the liquid? Does it depend on depth once the block is under?',
        'How does it depend on the density of the liquid?',
        'If the block touches the bottom, is the buoyant force you work out too large or too small?',
      ],
    },
  },
  '4.2.5': {
    'zh-CN': {
      goal: '探究杠杆的平衡条件（动力 × 动力臂 = 阻力 × 阻力臂）。',
      apparatus: ['带刻度的杠杆和支架', '钩码若干（每个 0.5 N）', '弹簧测力计', '细线'],
      steps: [
        '调节杠杆两端的平衡螺母，使杠杆在水平位置平衡。',
        '在支点两侧挂不同数量的钩码，移动位置使杠杆重新在水平位置平衡；记录动力 F₁、动力臂 l₁、阻力 F₂、阻力臂 l₂。',
        '改变钩码的数量和位置，至少做三次。',
        '一侧挂钩码，另一侧用测力计竖直向下拉使杠杆平衡；再斜着拉，比较测力计的示数。',
      ],
      record: ['F₁、l₁、F₂、l₂ 以及 F₁l₁ 和 F₂l₂（至少三组）'],
      questions: [
        '为什么要让杠杆在水平位置平衡？',
        '只做一次实验就得出结论可以吗？为什么？',
        '测力计斜拉时示数为什么变大？',
      ],
    },
    en: {
      goal: 'Find the condition for a lever to balance (effort × effort arm = load × load arm).',
      apparatus: ['Lever with a scale on a stand', 'Hooked masses (0.5 N each)', 'Spring force gauge', 'Thread'],
      steps: [
        'Turn the balance nuts at the ends until the lever balances level.',
        'Hang different numbers of masses on both sides and move them until the lever balances level again; record effort F₁, its arm l₁, load F₂ and its arm l₂.',
        'Change the numbers and positions; do at least three sets.',
        'Hang masses on one side and pull the other side straight down with the gauge until it balances; then pull at a slant and compare the readings.',
      ],
      record: ['F₁, l₁, F₂, l₂ and the products F₁l₁ and F₂l₂ (at least three sets)'],
      questions: [
        'Why should the lever balance level?',
        'Is one set of readings enough for a conclusion? Why?',
        'Why does the gauge read more when it pulls at a slant?',
      ],
    },
  },
  '4.2.6': {
    'zh-CN': {
      goal: '探究反射光线、入射光线与法线的位置关系，以及反射角与入射角的大小关系。',
      apparatus: ['平面镜', '可沿 ON 折转的白色硬纸板', '激光笔', '量角器', '铅笔'],
      steps: [
        '把平面镜平放在桌面上，纸板竖直立在镜面上，使 ON 垂直于镜面。',
        '让激光贴着纸板射向 O 点，在纸板上描出入射光线和反射光线。',
        '改变入射角，重复三次，用量角器量出每次的入射角和反射角。',
        '把纸板的右半部分向后折，观察还能否在纸板上看到反射光线。',
        '让光沿原来反射光线的方向射向 O 点，观察反射光线的方向。',
      ],
      record: ['三次的入射角和反射角'],
      questions: [
        '纸板起什么作用？为什么纸板要与镜面垂直？',
        '把纸板向后折看不到反射光，说明了什么？',
        '第 5 步说明了什么？',
      ],
    },
    en: {
      goal: 'Find where the reflected ray lies relative to the incident ray and the normal, and how the angle of reflection compares with the angle of incidence.',
      apparatus: ['Plane mirror', 'White card that folds along ON', 'Laser pointer', 'Protractor', 'Pencil'],
      steps: [
        'Lay the mirror on the table and stand the card upright on it, with ON perpendicular to the mirror.',
        'Shine the laser along the card at O; trace the incident and reflected rays on the card.',
        'Change the angle of incidence; three times in all. Measure each angle of incidence and reflection.',
        'Fold the right half of the card back: can you still see the reflected ray on it?',
        'Shine the light in along the old reflected ray and see where it goes.',
      ],
      record: ['Angles of incidence and reflection, three times'],
      questions: [
        'What is the card for? Why must it be perpendicular to the mirror?',
        'What does folding the card back show?',
        'What does step 5 show?',
      ],
    },
  },
  '4.2.7': {
    'zh-CN': {
      goal: '探究平面镜所成像的大小、像与物到镜面的距离，以及像的虚实。',
      apparatus: ['薄玻璃板和支架', '两支完全相同的蜡烛', '火柴', '白纸', '刻度尺', '光屏'],
      steps: [
        '把白纸铺在桌上，玻璃板竖直立在纸上，沿玻璃板画一条直线标出它的位置。',
        '点燃蜡烛 A 放在玻璃板前，拿未点燃的蜡烛 B 在玻璃板后面移动，直到从前面看 B 与 A 的像完全重合；记下 A、B 的位置。',
        '改变 A 的位置，重复三次。',
        '量出每次 A、B 到玻璃板的距离。',
        '在像的位置放光屏，不透过玻璃板直接看光屏上有没有像。',
      ],
      record: ['三次的物距和像距', '像与物的大小关系', '光屏上能否接到像'],
      questions: [
        '为什么用玻璃板代替平面镜？为什么要用薄的玻璃板？',
        '为什么要用两支完全相同的蜡烛？',
        '光屏上接不到像，说明平面镜成的是什么像？',
      ],
    },
    en: {
      goal: 'Find the size of the image in a plane mirror, how far it is behind the mirror compared with the object in front, and whether it is real or virtual.',
      apparatus: ['Thin glass plate on a stand', 'Two identical candles', 'Matches', 'White paper', 'Ruler', 'Screen'],
      steps: [
        'Lay the paper on the table, stand the glass upright on it and draw a line along it to mark its place.',
        'Light candle A in front of the glass; move unlit candle B behind it until, seen from the front, B exactly covers A’s image. Mark where A and B are.',
        'Move A and repeat; three times in all.',
        'Measure the distances of A and B from the glass each time.',
        'Put a screen where the image is and look at the screen directly (not through the glass): is there an image on it?',
      ],
      record: ['Object and image distances, three times', 'How the image’s size compares with the object’s', 'Whether the screen shows an image'],
      questions: [
        'Why use a glass plate instead of a mirror? Why a thin one?',
        'Why two identical candles?',
        'The screen shows no image: what kind of image does a plane mirror form?',
      ],
    },
  },
  '4.2.8': {
    'zh-CN': {
      goal: '探究凸透镜所成像的大小、正倒、虚实与物距的关系。',
      apparatus: ['光具座', '凸透镜（焦距 f = 10 cm）', '蜡烛', '光屏', '火柴'],
      steps: [
        '（先用平行光测出焦距。）把蜡烛、凸透镜、光屏依次放在光具座上，点燃蜡烛，调节三者的中心大致在同一高度。',
        '把蜡烛放在 u > 2f 处，移动光屏直到得到清晰的像，记下像距和像的性质。',
        '依次把蜡烛放在 u = 2f、f < u < 2f 处，重复。',
        '把蜡烛放在 u < f 处，光屏上得不到像时，从光屏一侧透过透镜观察蜡烛。',
        '总结像的性质随物距变化的规律。',
      ],
      record: ['物距、像距、像的正倒、大小、虚实（表格）'],
      questions: [
        '为什么要把蜡烛、透镜、光屏的中心调到同一高度？',
        '蜡烛燃烧变短后，光屏上的像向哪个方向移动？',
        '照相机、投影仪、放大镜各利用了哪一种成像情况？',
      ],
    },
    en: {
      goal: 'Find how the size, orientation and nature (real or virtual) of the image formed by a convex lens depend on the object distance.',
      apparatus: ['Optical bench', 'Convex lens (focal length f = 10 cm)', 'Candle', 'Screen', 'Matches'],
      steps: [
        '(Find the focal length with parallel light first.) Put candle, lens and screen on the bench in that order; light the candle and set their centres at about the same height.',
        'Put the candle at u > 2f; move the screen until the image is sharp and note the image distance and what the image is like.',
        'Repeat with the candle at u = 2f and at f < u < 2f.',
        'Put the candle at u < f; when the screen shows nothing, look through the lens from the screen’s side.',
        'Sum up how the image changes with the object distance.',
      ],
      record: ['Table: object distance, image distance, upright or inverted, larger or smaller, real or virtual'],
      questions: [
        'Why set the centres of candle, lens and screen at the same height?',
        'As the candle burns down, which way does the image on the screen move?',
        'Which case does a camera use, which a projector, which a magnifying glass?',
      ],
    },
  },
  '4.2.9': {
    'zh-CN': {
      goal: '探究通电螺线管外部磁场的分布和方向，认识磁场方向与电流方向的关系（安培定则）。',
      apparatus: ['绕在有机玻璃板上的螺线管', '电源', '开关', '滑动变阻器', '小磁针若干', '铁屑'],
      steps: [
        '在螺线管两端和周围放几个小磁针，通电前观察它们的指向。',
        '闭合开关，观察小磁针指向的变化；在板上均匀撒铁屑，轻敲玻璃板，观察铁屑的分布。',
        '改变电流方向，观察小磁针指向的变化。',
        '用安培定则判断螺线管的 N 极，与小磁针的指示对照。',
      ],
      record: ['画出铁屑显示的磁感线分布', '两种电流方向下螺线管 N 极的位置'],
      questions: [
        '通电螺线管外部的磁场与哪种磁体的磁场相似？',
        '改变电流方向，磁场方向怎样变化？',
        '为什么每次通电时间不宜过长？',
      ],
    },
    en: {
      goal: 'Find the pattern and direction of the magnetic field outside a solenoid carrying a current, and how it follows the direction of the current (the right-hand grip rule).',
      apparatus: ['Solenoid wound through a clear plastic board', 'Power supply', 'Switch', 'Rheostat', 'Several plotting compasses', 'Iron filings'],
      steps: [
        'Put compasses at the ends of the solenoid and around it; note where they point with no current.',
        'Close the switch and watch the compasses; sprinkle iron filings on the board, tap it gently and look at the pattern.',
        'Reverse the current and watch the compasses again.',
        'Find the solenoid’s N pole with the right-hand grip rule and check it against the compasses.',
      ],
      record: ['Sketch of the field lines shown by the filings', 'Where the N pole is for each direction of current'],
      questions: [
        'What kind of magnet has a field like the one outside the solenoid?',
        'What happens to the field when the current is reversed?',
        'Why should the current not be left on for long?',
      ],
    },
  },
  '4.2.10': {
    'zh-CN': {
      goal: '探究闭合电路的一部分导体在磁场中运动时产生感应电流的条件，以及感应电流的方向与哪些因素有关。',
      apparatus: ['蹄形磁体', '导体棒 AB（用细线悬挂）', '灵敏电流计', '开关', '导线若干'],
      steps: [
        '把导体棒、开关、灵敏电流计用导线连成电路，导体棒置于蹄形磁体的磁场中。',
        '断开开关，让导体棒左右运动，观察电流计。',
        '闭合开关：导体棒静止；沿磁感线方向上下运动；左右运动切割磁感线，分别观察电流计。',
        '改变导体棒切割磁感线的运动方向，再把磁体 N、S 极对调，观察指针偏转方向。',
      ],
      record: ['开关状态、导体运动方向、磁场方向、指针是否偏转及偏转方向'],
      questions: [
        '产生感应电流需要满足哪些条件？',
        '感应电流的方向与哪些因素有关？',
        '这一现象在生活和生产中有什么应用？',
      ],
    },
    en: {
      goal: 'Find when a conductor moving in a magnetic field, as part of a closed circuit, produces an induced current, and what decides the current’s direction.',
      apparatus: ['Horseshoe magnet', 'Conductor rod AB hung on threads', 'Sensitive galvanometer', 'Switch', 'Connecting wires'],
      steps: [
        'Connect rod, switch and galvanometer into a circuit, with the rod between the poles of the magnet.',
        'With the switch open, move the rod left and right; watch the galvanometer.',
        'Switch closed: rod still; rod moving up and down along the field; rod moving left and right across the field. Watch the galvanometer each time.',
        'Reverse the direction of the rod’s motion, then swap the magnet’s poles; watch which way the pointer swings.',
      ],
      record: ['Switch open or closed, direction of motion, direction of field, whether and which way the pointer swings'],
      questions: [
        'What conditions must hold for an induced current to flow?',
        'What does the direction of the induced current depend on?',
        'Where is this used in daily life and industry?',
      ],
    },
  },
  '4.2.11': {
    'zh-CN': {
      goal: '探究串联电路中各处电流、各部分电压的关系，以及并联电路中干路与支路电流、各支路电压的关系。',
      apparatus: ['电池组', '开关', '规格不同的小灯泡两个', '电流表', '电压表', '导线若干', '本实验室：电路实验台（实物元件和指针式电表，可拖放连线）'],
      steps: [
        '把两个灯泡串联，用电流表分别测电路中 A、B、C 三处的电流。',
        '用电压表分别测 L₁ 两端、L₂ 两端和两灯串联后的总电压。',
        '把两个灯泡并联，测干路电流和两条支路的电流。',
        '测两条支路两端的电压和电源两端的电压。',
        '换用另外规格的灯泡，再做一次。',
      ],
      record: ['串联：I_A、I_B、I_C；U₁、U₂、U', '并联：I、I₁、I₂；U₁、U₂、U'],
      questions: [
        '为什么要换用不同规格的灯泡重复实验？',
        '串联电路中电流、电压各有什么规律？并联电路呢？',
        '串联时测得 I_A 比 I_C 略大，可能是什么原因？',
      ],
    },
    en: {
      goal: 'Find how the current and the voltages compare in a series circuit, and how the main and branch currents and the branch voltages compare in a parallel circuit.',
      apparatus: ['Battery', 'Switch', 'Two small bulbs of different ratings', 'Ammeter', 'Voltmeter', 'Connecting wires', 'In Sprout Lab: the circuits bench (real-looking parts and analog meters, wired by dragging)'],
      steps: [
        'Connect the two bulbs in series and measure the current at points A, B and C.',
        'Measure the voltage across L₁, across L₂ and across both together.',
        'Connect the bulbs in parallel and measure the current in the main line and in each branch.',
        'Measure the voltage across each branch and across the battery.',
        'Repeat with bulbs of other ratings.',
      ],
      record: ['Series: I_A, I_B, I_C; U₁, U₂, U', 'Parallel: I, I₁, I₂; U₁, U₂, U'],
      questions: [
        'Why repeat with bulbs of different ratings?',
        'What rules do current and voltage follow in series? In parallel?',
        'In series you measured I_A slightly larger than I_C. What could cause that?',
      ],
    },
  },
  '4.2.12': {
    'zh-CN': {
      goal: '探究电阻一定时电流与电压的关系，以及电压一定时电流与电阻的关系。',
      apparatus: ['电源（三节干电池或学生电源）', '开关', '定值电阻（5 Ω、10 Ω、15 Ω、20 Ω）', '滑动变阻器', '电流表', '电压表', '导线若干', '本实验室：电路实验台（实物元件和指针式电表，可拖放连线）'],
      steps: [
        '按电路图连接，开关断开，滑片置于阻值最大处。',
        '接 5 Ω 电阻，移动滑片使电压表示数依次为 1.0 V、1.5 V、2.0 V、2.5 V，记下对应的电流。',
        '依次换用 10 Ω、15 Ω、20 Ω 电阻，每次移动滑片使电压表示数保持 2.0 V 不变，记下电流。',
        '画出 I–U 图像和 I–1/R 图像，总结规律。',
      ],
      record: ['R = 5 Ω 时各电压下的电流', 'U = 2.0 V 时各电阻下的电流'],
      questions: [
        '两部分实验中，滑动变阻器的作用分别是什么？',
        '把 5 Ω 换成 10 Ω 后，滑片应向哪个方向移动才能使电压表示数保持不变？',
        '结论中为什么一定要说“电阻一定时”“电压一定时”？',
      ],
    },
    en: {
      goal: 'Find how the current depends on the voltage at fixed resistance, and on the resistance at fixed voltage.',
      apparatus: ['Source (three dry cells or a lab power supply)', 'Switch', 'Fixed resistors (5, 10, 15, 20 Ω)', 'Rheostat', 'Ammeter', 'Voltmeter', 'Connecting wires', 'In Sprout Lab: the circuits bench (real-looking parts and analog meters, wired by dragging)'],
      steps: [
        'Wire the circuit from its diagram with the switch open and the rheostat at its largest resistance.',
        'With the 5 Ω resistor, move the slider to make the voltmeter read 1.0, 1.5, 2.0 and 2.5 V in turn; note the currents.',
        'Change to 10, 15 and 20 Ω; each time move the slider until the voltmeter reads 2.0 V again, and note the current.',
        'Plot I against U and I against 1/R, and state the rules.',
      ],
      record: ['Current at each voltage for R = 5 Ω', 'Current for each resistor at U = 2.0 V'],
      questions: [
        'What does the rheostat do in each part of the experiment?',
        'After changing 5 Ω for 10 Ω, which way must the slider move to keep the voltmeter reading the same?',
        'Why must the conclusions say “at fixed resistance” and “at fixed voltage”?',
      ],
    },
  },
};
