/**
 * Worksheets of 普通高中物理课程标准（2017年版2020年修订）学生必做实验, by entry code. Steps of covered items
 * say how to do them in the lab that covers them (control names as the lab shows them); the apparatus names
 * the school's real apparatus first, then the lab.
 */
import type { Worksheets } from '../catalog';

export const worksheets: Worksheets = {
  'B1.1': {
    'zh-CN': {
      goal: '用打点计时器研究小车在槽码牵引下的运动：求各计数点的瞬时速度，作 v–t 图像，判断速度随时间变化的规律并求加速度。',
      apparatus: ['打点计时器（接 50 Hz 交流电源）', '纸带', '一端带滑轮的长木板', '小车', '细线', '槽码', '刻度尺', '坐标纸', '本实验室：力学实验台“探究小车速度随时间变化的规律（打点计时器）”'],
      steps: [
        '打开实验台：长木板平放，打点计时器在左端，滑轮伸出右端，小车停在打点计时器旁。',
        '把 50 g 钩码拖到细线挂钩下（从挂钩拖一根线到钩码的环），细线跨过滑轮。',
        '选中长木板按 T（小车“由静止释放”），再按“运行”：打点计时器先打点，小车在钩码牵引下加速，到滑轮前被手按住。',
        '小车停下后看实验台下方的纸带：每 5 个点取一个计数点（相邻计数点时间间隔 T = 0.1 s），刻度尺零刻度对准计数点 0，读出计数点 1～6 的位置 x₁～x₆（估读到 0.1 mm），按“记录本次数据”。',
        '用“某段时间中间时刻的瞬时速度等于这段时间的平均速度”求各计数点的速度：vₙ = (xₙ₊₁ − xₙ₋₁)/(2T)。',
        '作 v–t 图像，用一条直线拟合，由斜率求加速度；换 100 g 钩码或改变小车质量再做一次。',
      ],
      record: ['相邻计数点间的距离 x₁、x₂、…', '各计数点的瞬时速度', 'v–t 图像和由斜率求得的加速度'],
      questions: [
        '为什么要先接通电源，后释放小车？',
        '作图时为什么用直线拟合，而不是把各点连成折线？明显偏离直线的点怎样处理？',
        '怎样用逐差法（Δx = aT²）直接由纸带求加速度？',
      ],
    },
    en: {
      goal: 'Study a cart pulled by a hanging mass with a ticker timer: find the instantaneous velocity at each counting point, draw the v–t graph, see how velocity changes with time and find the acceleration.',
      apparatus: ['Ticker timer (on 50 Hz AC)', 'Paper tape', 'Long board with a pulley at one end', 'Cart', 'Thread', 'Slotted masses', 'Ruler', 'Graph paper', 'In Sprout Lab: the mechanics bench, “How the velocity of a cart changes with time (ticker timer)”'],
      steps: [
        'Open the bench: the board lies level, the timer at its left end, the pulley over the right; the cart is held by the timer.',
        'Hang the 50 g weight on the thread’s hook (drag a thread from the hook to the weight’s ring); the thread runs over the pulley.',
        'Select the board and press T (the cart is “let go from rest”), then Play: the timer prints, the cart speeds up and the hand stops it before the pulley.',
        'When the cart has stopped, look at the tape under the bench: every fifth dot is a counting point (T = 0.1 s); the ruler’s zero is on counting point 0; read points 1 to 6 (x₁ … x₆, to 0.1 mm) and press “Record this run”.',
        'The velocity at a point equals the average velocity over the interval centred on it: vₙ = (xₙ₊₁ − xₙ₋₁)/(2T).',
        'Plot v against t, fit one straight line and find the acceleration from its slope; repeat with 100 g or a heavier cart.',
      ],
      record: ['Distances between counting points x₁, x₂, …', 'Velocity at each counting point', 'v–t graph and the acceleration from its slope'],
      questions: [
        'Why switch the timer on before letting the cart go?',
        'Why fit a straight line instead of joining the points? What do you do with a point far off the line?',
        'How can you find the acceleration straight from the tape with successive differences (Δx = aT²)?',
      ],
    },
  },
  'B1.2': {
    'zh-CN': {
      goal: '探究弹簧弹力 F 与伸长量 x 的关系，得出胡克定律 F = kx，并由图像求劲度系数 k。',
      apparatus: ['铁架台', '弹簧', '钩码若干（每个 50 g）', '刻度尺', '坐标纸', '本实验室：力学实验台“探究弹簧弹力与形变量的关系”（也可用弹簧实验观察振动）'],
      steps: [
        '打开实验台：弹簧挂在铁架台上，旁边竖直放着刻度尺，弹簧下端有指针；实验台下方是指针附近的刻度尺放大图。',
        '不挂钩码时读出指针的位置 L₀（估读到 0.1 mm），按“记录本次数据”。',
        '从弹簧的挂钩拖一根线到钩码 H1 的环，挂上第 1 个钩码，读指针位置 L，记录；再从 H1 的钩拖线到 H2 的环……依次挂到 6 个。',
        '算出每次的弹力 F = n × mg 和伸长量 x = L − L₀，以 x 为横轴、F 为纵轴描点作图。',
        '用过原点的直线拟合，由斜率求劲度系数 k。',
        '再挂第 7、8 个钩码，然后把钩码全部取下，看指针能否回到 L₀：超过弹性限度后弹簧不能恢复原长。',
      ],
      record: ['质量 m、弹力 F = mg、伸长量 x（至少 6 组）', 'F–x 图像的斜率 k'],
      questions: [
        '图线为什么过原点？真实实验中图线不过原点，可能是什么原因？',
        '真实弹簧挂的钩码太多时，图线会怎样？为什么？',
        '为什么要等物体静止后再读伸长量？',
      ],
    },
    en: {
      goal: 'Find how the force of a spring F depends on its extension x (Hooke’s law, F = kx) and get the spring constant k from the graph.',
      apparatus: ['Retort stand', 'Spring', 'Hooked masses (50 g each)', 'Ruler', 'Graph paper', 'In Sprout Lab: the mechanics bench, “How the force of a spring depends on its extension” (the spring lab shows the oscillation)'],
      steps: [
        'Open the bench: the spring hangs from the stand beside a vertical ruler with a pointer on its lower end; under the bench is the ruler up close around the pointer.',
        'With nothing hung, read the pointer L₀ (to 0.1 mm) and press “Record this run”.',
        'Drag a thread from the spring’s hook to weight H1’s ring, read the pointer L and record; then from H1’s hook to H2’s ring, and so on up to six weights.',
        'Work out F = n × mg and the extension x = L − L₀ for each and plot F (vertical) against x.',
        'Fit a straight line through the origin; its slope is k.',
        'Hang the seventh and eighth weights, then take them all off: the pointer does not come back to L₀. Past its elastic limit the spring stays stretched.',
      ],
      record: ['Mass m, spring force F = mg, extension x (at least 6 sets)', 'Slope k of the F–x graph'],
      questions: [
        'Why does the line go through the origin? On a real bench it may not: why?',
        'What happens to the graph when a real spring carries too many masses? Why?',
        'Why wait until the mass is at rest before reading the extension?',
      ],
    },
  },
  'B1.3': {
    'zh-CN': {
      goal: '用两个弹簧测力计互成角度拉橡皮条，与一个测力计单独拉时作用效果相同，比较合力与平行四边形对角线，得出力的合成规律。',
      apparatus: ['方木板', '白纸', '图钉', '橡皮条', '细绳套两个', '弹簧测力计两个', '刻度尺', '三角板', '铅笔', '本实验室：力学实验台“探究两个互成角度的力的合成规律”（从测力计的挂钩拖线到结点系上细绳，拖动测力计拉；示数估读到 0.01 N，方向读到 1°）'],
      steps: [
        '白纸钉在木板上，橡皮条一端固定，另一端拴上两个细绳套。',
        '用两个测力计互成角度地拉细绳套，使结点伸长到某一位置 O；记下 O 点、两测力计的示数 F₁、F₂ 和两细绳的方向。',
        '只用一个测力计拉，使结点到达同一位置 O；记下示数 F 和细绳的方向。',
        '选定标度，作出 F₁、F₂、F 的图示；以 F₁、F₂ 为邻边作平行四边形，画出对角线 F′。',
        '比较 F 与 F′ 的大小和方向；改变两个力的夹角，重复。',
      ],
      record: ['F₁、F₂、F 的大小和方向', '力的图示和平行四边形'],
      questions: [
        '为什么两次都要把结点拉到同一位置 O？',
        '拉测力计时为什么细绳要与木板平行？',
        '两个分力的夹角太大或太小有什么不好？',
      ],
    },
    en: {
      goal: 'Stretch a rubber band with two force gauges at an angle and then with one alone to the same point, and compare the single force with the diagonal of the parallelogram of the two: the rule for combining forces.',
      apparatus: ['Square board', 'White paper', 'Drawing pins', 'Rubber band', 'Two string loops', 'Two spring force gauges', 'Ruler', 'Set square', 'Pencil', 'In Sprout Lab: the mechanics bench, “How two forces at an angle combine” (drag from a gauge’s hook to the knot to tie its string, drag the gauge to pull; readings to 0.01 N with the estimated digit, directions to 1°)'],
      steps: [
        'Pin the paper to the board; fix one end of the rubber band and tie two string loops to the other.',
        'Pull the loops with both gauges at an angle until the knot reaches a point O; mark O and note the readings F₁, F₂ and the directions of the strings.',
        'Pull with one gauge alone until the knot reaches the same O; note the reading F and its direction.',
        'Choose a scale and draw F₁, F₂ and F; complete the parallelogram on F₁ and F₂ and draw its diagonal F′.',
        'Compare F and F′ in size and direction; repeat with a different angle.',
      ],
      record: ['Size and direction of F₁, F₂ and F', 'Scale drawing with the parallelogram'],
      questions: [
        'Why must the knot reach the same point O both times?',
        'Why must the strings be parallel to the board?',
        'What goes wrong if the angle between the two forces is very large or very small?',
      ],
    },
  },
  'B1.4': {
    'zh-CN': {
      goal: '用控制变量法探究小车的加速度 a 与所受拉力 F、小车质量 M 的关系。',
      apparatus: ['打点计时器和纸带', '一端带滑轮的长木板', '垫块', '小车', '细线', '槽码', '砝码', '天平', '刻度尺', '本实验室：力学实验台“探究加速度与力、质量的关系”（小车 400 g，钩码 20 g ×4、100 g ×2）'],
      steps: [
        '打开实验台，先不挂钩码；小车质量 M 在长木板的属性中（400 g）。',
        '补偿阻力：选中长木板按两次 T（小车“轻推一下”），按“运行”；在属性中增大“长木板倾角”，直到纸带上的点间隔均匀（由纸带求得的加速度约为 0）。',
        '挂上 20 g 钩码，按 T 使小车“由静止释放”，小车停下后记录 m 和由纸带求得的加速度 a；再依次挂到 40、60、80 g（m 远小于 M），拉力 F ≈ mg。',
        '再挂上两个 100 g 钩码（m = 280 g），记录 a：这一点落在直线下方。',
        '保持钩码质量不变，在属性中增大小车质量 M，每次求加速度 a。',
        '作 a–F 图像和 a–1/M 图像。',
      ],
      record: ['M 不变时：m、F、a', '槽码不变时：M、1/M、a'],
      questions: [
        '为什么要补偿阻力？怎样判断已经补偿好？',
        '为什么要求槽码质量远小于小车质量？槽码较重时 a–F 图像会怎样？',
        '为什么作 a–1/M 图像，而不作 a–M 图像？',
      ],
    },
    en: {
      goal: 'Find, by changing one variable at a time, how a cart’s acceleration a depends on the pulling force F and on its mass M.',
      apparatus: ['Ticker timer and tape', 'Long board with a pulley', 'Block to raise one end', 'Cart', 'Thread', 'Slotted masses', 'Extra masses for the cart', 'Balance', 'Ruler', 'In Sprout Lab: the mechanics bench, “How acceleration depends on force and mass” (cart 400 g, hooked weights 20 g ×4 and 100 g ×2)'],
      steps: [
        'Open the bench with nothing on the thread; the cart’s mass M is among the board’s properties (400 g).',
        'Balance friction: select the board, press T twice (the cart is “given a push”) and Play; raise “Tilt of the board” in its properties until the dots are evenly spaced (the acceleration from the tape is about 0).',
        'Hang 20 g, press T until the cart is “let go from rest”; when it stops record m and the acceleration a from the tape; then 40, 60 and 80 g (m much smaller than M); the pull is F ≈ mg.',
        'Hang the two 100 g weights as well (m = 280 g) and record a: this point falls below the line.',
        'Keep the hanging mass fixed and raise the cart’s mass M in its properties; find a each time.',
        'Plot a against F, and a against 1/M.',
      ],
      record: ['Fixed M: m, F, a', 'Fixed hanging mass: M, 1/M, a'],
      questions: [
        'Why balance friction? How do you know it is balanced?',
        'Why must the hanging mass be much smaller than the cart’s? What does the a–F graph do when it is not?',
        'Why plot a against 1/M rather than against M?',
      ],
    },
  },
  'B2.1': {
    'zh-CN': {
      goal: '研究平抛运动在水平方向和竖直方向上的运动特点：水平方向做匀速直线运动，竖直方向做自由落体运动。',
      apparatus: ['斜槽', '小钢球', '竖直木板和坐标纸', '铅垂线', '（或频闪照相）', '本实验室：抛体运动实验（发射角 0°、高度 2 m）'],
      steps: [
        '打开抛体运动实验：发射角 0°，发射高度 2 m，初速度 3 m/s，不计空气阻力。',
        '按“运行”，小球飞行途中按“暂停”，读出仿真时间 t、水平位置 x 和高度 y，按“记录本次数据”；再按“运行”，重复，直到小球落地，共得到 5～6 组数据。',
        '算出下落高度 h = 2 m − y，作 x–t 图像和 h–t² 图像。',
        '把初速度改为 2 m/s、4 m/s，分别运行到落地，比较飞行时间和水平射程。',
        '把初速度设为 0（自由落体），比较落地时间。',
      ],
      record: ['t、x、y、h（5～6 组）', '不同初速度下的飞行时间和射程'],
      questions: [
        'x–t 图像和 h–t² 图像分别说明了什么？',
        '为什么不同初速度的小球，落地时间相同？',
        '真实实验中斜槽末端为什么必须水平？小球为什么每次都要从同一位置由静止释放？',
      ],
    },
    en: {
      goal: 'Find how a horizontally launched projectile moves across and down: uniform motion horizontally, free fall vertically.',
      apparatus: ['Launch chute', 'Small steel ball', 'Vertical board with graph paper', 'Plumb line', '(or a stroboscopic photo)', 'In Sprout Lab: the projectile lab (angle 0°, height 2 m)'],
      steps: [
        'Open the projectile lab: launch angle 0°, launch height 2 m, speed 3 m/s, no air resistance.',
        'Press Play; pause during the flight and read the simulated time t, horizontal position x and height y, then press “Record this run”. Play again and repeat until the ball lands: 5–6 sets.',
        'Work out the drop h = 2 m − y; plot x against t and h against t².',
        'Set the speed to 2 m/s and to 4 m/s, run each until it lands, and compare the flight times and ranges.',
        'Set the speed to 0 (free fall) and compare the time to land.',
      ],
      record: ['t, x, y, h (5–6 sets)', 'Flight time and range for each launch speed'],
      questions: [
        'What do the x–t and h–t² graphs show?',
        'Why do balls launched at different speeds land at the same time?',
        'On a real bench, why must the end of the chute be horizontal, and why release the ball from rest at the same place each time?',
      ],
    },
  },
  'B2.2': {
    'zh-CN': {
      goal: '用向心力演示器探究向心力 F 的大小与质量 m、角速度 ω、半径 r 的关系。',
      apparatus: ['向心力演示器（变速塔轮、长短槽、标尺）', '质量不同的小球（钢球、铝球）', '本实验室：力学实验台“探究向心力大小与半径、角速度、质量的关系”（在演示器的属性里换皮带、小球和挡板，按 T 转动手柄）'],
      steps: [
        '了解演示器：摇动手柄，皮带带动两侧塔轮转动，槽中小球做圆周运动；挡板对小球的压力使测力套筒下降，露出的标尺格数之比等于两球向心力之比。',
        '保持 ω、r 相同，用钢球和铝球比较 F 与 m 的关系。',
        '保持 m、r 相同，把皮带套在半径比不同的塔轮上（角速度之比 1∶2、1∶3），比较 F 与 ω 的关系。',
        '保持 m、ω 相同，把小球放在不同半径处，比较 F 与 r 的关系。',
      ],
      record: ['每次两球的 m、ω 之比、r 之比和标尺格数之比'],
      questions: [
        '本实验用了哪种科学方法？',
        '皮带连接的两个塔轮边缘哪个物理量相同？由此怎样得到角速度之比？',
        '由数据写出 F 与 m、ω、r 的关系式。',
      ],
    },
    en: {
      goal: 'Find with a centripetal force apparatus how the centripetal force F depends on mass m, angular velocity ω and radius r.',
      apparatus: ['Centripetal force apparatus (stepped pulleys, long and short grooves, scales)', 'Balls of different mass (steel, aluminium)', 'In Sprout Lab: the mechanics bench, “How centripetal force depends on radius, angular velocity and mass” (change the belt, balls and slot in the apparatus’s properties; T turns the crank)'],
      steps: [
        'Learn the apparatus: turning the handle drives both stepped pulleys by a belt and the balls in the grooves go round; the push of the stops sinks the spring sleeves, and the ratio of the scale marks shown is the ratio of the two forces.',
        'Same ω and r: compare a steel and an aluminium ball (F against m).',
        'Same m and r: put the belt on pulleys of different radius ratio (ω ratio 1 : 2, 1 : 3) and compare (F against ω).',
        'Same m and ω: put the balls at different radii and compare (F against r).',
      ],
      record: ['For each run: ratios of m, ω and r, and the ratio of the marks shown'],
      questions: [
        'Which scientific method does this experiment use?',
        'Which quantity is the same at the rims of the two belted pulleys? How does that give the ratio of angular velocities?',
        'From your data, write F in terms of m, ω and r.',
      ],
    },
  },
  'B2.3': {
    'zh-CN': {
      goal: '验证只有重力做功时机械能守恒：比较重物重力势能的减少量 mgh 与动能的增加量 ½mv²。',
      apparatus: ['铁架台', '打点计时器（50 Hz）', '纸带', '重物（带夹子）', '刻度尺', '本实验室：力学实验台“验证机械能守恒定律”（也可用斜面实验，摩擦因数为 0）'],
      steps: [
        '打开实验台：打点计时器固定在铁架台上，重物夹在纸带下端，用手提着纸带上端；计时器已接通。',
        '松手（在铁架台上按 T），重物落到垫子上后，读下方放大的纸带。先读第一、二两点间的距离，应接近 2 mm（说明松手时恰好打下第一个点）。',
        '在铁架台的属性里选所读的点 n（如 6、9、12、15、18），读出它到第一个点 O 的距离 h 和前后两点的读数，按“记录本次数据”。',
        '算出 vₙ = (hₙ₊₁ − hₙ₋₁)/(2T)（T = 0.02 s），重力势能的减少量 ΔEp = mgh 和动能的增加量 ΔEk = ½mv²，比较两者。',
        '把重物换成 400 g 再做一次；再把“纸带与空气阻力”设为 0，比较 ΔEk/ΔEp，说明差别的原因。',
      ],
      record: ['第一、二两点间距离', 'n、h、v、ΔEp、ΔEk（4～5 组）', '不同重物、无阻力时的 ΔEk/ΔEp'],
      questions: [
        '为什么这个实验可以不测重物的质量？',
        'ΔEk 为什么略小于 ΔEp？减少的机械能到哪里去了？',
        '为什么要选质量大、体积小的重物？',
      ],
    },
    en: {
      goal: 'Verify that mechanical energy is conserved when only gravity does work: compare the falling weight’s loss of potential energy mgh with its gain of kinetic energy ½mv².',
      apparatus: ['Retort stand', 'Ticker timer (50 Hz)', 'Paper tape', 'Weight with a clamp', 'Ruler', 'In Sprout Lab: the mechanics bench, “Verifying the conservation of mechanical energy” (or the incline lab with no friction)'],
      steps: [
        'Open the bench: the ticker timer is clamped on the stand, the weight clamped to the tape’s lower end, the tape’s top held in the hand; the timer is on.',
        'Let go (T on the stand). When the weight has landed, read the tape up close under the table. First the gap between the first two dots: close to 2 mm (the weight was let go as the first dot was printed).',
        'Choose the dot read, n, in the stand’s properties (say 6, 9, 12, 15, 18); read its distance h from the first dot O and its neighbours’ readings; press “Record this run”.',
        'Work out vₙ = (hₙ₊₁ − hₙ₋₁)/(2T) (T = 0.02 s), the loss of potential energy ΔEp = mgh and the gain of kinetic energy ΔEk = ½mv², and compare them.',
        'Repeat with a 400 g weight; then set the resistance of tape and air to 0; compare ΔEk/ΔEp and explain the difference.',
      ],
      record: ['Gap between the first two dots', 'n, h, v, ΔEp, ΔEk (4–5 sets)', 'ΔEk/ΔEp with another weight and with no resistance'],
      questions: [
        'Why is the mass not needed in this experiment?',
        'Why is ΔEk a little less than ΔEp? Where did the missing mechanical energy go?',
        'Why choose a heavy, compact weight?',
      ],
    },
  },
  'B3.1': {
    'zh-CN': {
      goal: '观察电容器充电和放电过程中电流和电压的变化，认识电容器储存电荷。',
      apparatus: ['直流电源（约 8 V）', '电解电容器（如 1000 μF）', '定值电阻', '单刀双掷开关', '零刻度在中间的灵敏电流计（或电流传感器）', '电压表', '小灯泡', '导线'],
      steps: [
        '按电路图连接：开关接 1 时电源给电容器充电，接 2 时电容器通过电阻放电；注意电解电容器的正、负极。',
        '开关接 1，观察电流计指针偏转的方向和大小的变化，以及电压表示数的变化。',
        '开关接 2，观察放电时电流的方向和大小的变化；把电阻换成小灯泡，观察亮暗的变化。',
        '（用电流传感器）画出充、放电的 I–t 图像，估算图线与时间轴所围的面积，即电荷量 Q，由 C = Q/U 估算电容。',
      ],
      record: ['充电、放电时电流的方向和大小的变化', '电压的变化', 'I–t 图像和估算的电荷量'],
      questions: [
        '充电和放电时，流过电流计的电流方向相同吗？',
        '为什么充电电流会逐渐减小到零？',
        'I–t 图像与时间轴所围的面积表示什么？',
      ],
    },
    en: {
      goal: 'Watch how current and voltage change while a capacitor charges and discharges, and see that it stores charge.',
      apparatus: ['DC supply (about 8 V)', 'Electrolytic capacitor (e.g. 1000 μF)', 'Fixed resistor', 'Two-way switch', 'Centre-zero galvanometer (or a current sensor)', 'Voltmeter', 'Small bulb', 'Wires'],
      steps: [
        'Build the circuit: switch at 1 charges the capacitor from the supply, at 2 discharges it through the resistor. Mind the capacitor’s polarity.',
        'Switch to 1: watch which way the pointer swings and how the current and the voltmeter reading change.',
        'Switch to 2: watch the direction and size of the discharge current; with a bulb instead of the resistor, watch its brightness.',
        '(With a current sensor) record I–t for charging and discharging, estimate the area under the curve (the charge Q) and estimate C = Q/U.',
      ],
      record: ['How the current’s direction and size change on charging and discharging', 'How the voltage changes', 'I–t graphs and the estimated charge'],
      questions: [
        'Does the current through the meter flow the same way on charging and discharging?',
        'Why does the charging current fall to zero?',
        'What does the area under the I–t graph stand for?',
      ],
    },
  },
  'B3.2': {
    'zh-CN': {
      goal: '会使用游标卡尺和螺旋测微器测量长度，能根据测量要求选用合适的测量工具。',
      apparatus: ['毫米刻度尺', '游标卡尺（10、20 或 50 分度）', '螺旋测微器', '金属管', '金属丝', '小钢球', '本实验室：力学实验台“用游标卡尺和螺旋测微器测量长度”'],
      steps: [
        '认识游标卡尺的主尺、游标尺、内外测量爪和深度尺；10、20、50 分度游标卡尺的精度分别是 0.1、0.05、0.02 mm（在游标卡尺的属性里可换游标）。',
        '测量前先读出合拢时的示数（零误差）：游标卡尺 VC1 不夹物体时读下方放大的刻度，螺旋测微器 MI1 不夹物体时读固定刻度和可动刻度，按“记录本次数据”。',
        '把金属管 X1 拖到游标卡尺的测量爪之间，测外径；在游标卡尺上按 T 换成内测量爪测内径，再按 T 换成深度尺测深度。读数 = 主尺上的整毫米数 + 游标上对齐的格数 × 精度（不估读），每次记录。',
        '把金属丝 X2 拖到螺旋测微器的测砧和测微螺杆之间：读数 = 固定刻度（含半毫米）+ 可动刻度格数（估读一位）× 0.01 mm，记录后减去零误差。',
        '用游标卡尺和螺旋测微器分别测小钢球 X3 的直径，比较有效数字的位数，讨论怎样选择工具。',
      ],
      record: ['金属管的外径、内径、深度', '金属丝的直径（三次及平均值）', '游标卡尺和螺旋测微器测同一钢球的结果'],
      questions: [
        '游标卡尺读数时不估读，螺旋测微器却要估读一位，为什么？',
        '两测量爪合拢时游标零刻度线与主尺零刻度线不对齐，读数怎样修正？',
        '测头发丝的直径、课桌的长度，各选哪种工具？',
      ],
    },
    en: {
      goal: 'Measure length with a vernier caliper and a micrometer screw gauge, and choose the right tool for the precision needed.',
      apparatus: ['Millimetre ruler', 'Vernier caliper (10, 20 or 50 divisions)', 'Micrometer screw gauge', 'Metal tube', 'Metal wire', 'Small steel ball', 'In Sprout Lab: the mechanics bench, “Measuring length with a vernier caliper and a micrometer”'],
      steps: [
        'Learn the caliper’s main scale, vernier, outside and inside jaws and depth rod; 10-, 20- and 50-division verniers read to 0.1, 0.05 and 0.02 mm (change the vernier in the caliper’s properties).',
        'Before measuring, read each instrument closed (its zero error): caliper VC1 with nothing in its jaws on the scales up close under the table, micrometer MI1 with nothing in it on its sleeve and thimble; press “Record this run”.',
        'Drag the tube X1 between the caliper’s jaws and read its outside diameter; press T on the caliper for the inside jaws (the bore) and again for the depth rod (the depth). Reading = whole millimetres on the main scale + the number of the vernier line that lines up × the precision (no estimated digit); record each.',
        'Drag the wire X2 between the micrometer’s anvil and spindle: reading = sleeve scale (with half-millimetres) + thimble divisions (one estimated digit) × 0.01 mm; record, then subtract the zero error.',
        'Measure the steel ball X3 with the caliper and with the micrometer; compare the significant figures and discuss which tool to choose.',
      ],
      record: ['Tube: outside and inside diameter, depth', 'Wire diameter (three readings and the average)', 'The ball by the caliper and by the micrometer'],
      questions: [
        'Why is there no estimated digit on a vernier, but one on a micrometer?',
        'With the jaws closed, the zeros do not line up: how do you correct your readings?',
        'Which tool for the diameter of a hair? For the length of a desk?',
      ],
    },
  },
  'B3.3': {
    'zh-CN': {
      goal: '测量金属丝的电阻率：ρ = RS/l = πd²R/(4l)。',
      apparatus: ['待测金属丝', '螺旋测微器', '毫米刻度尺', '电池组', '电流表', '电压表', '滑动变阻器', '开关', '导线'],
      steps: [
        '用螺旋测微器在金属丝的三个不同位置测直径 d，取平均值，算出横截面积 S = πd²/4。',
        '按电路图连接（金属丝电阻较小，用电流表外接法），开关断开，滑动变阻器置于使电流最小的位置。',
        '用刻度尺测出接入电路的金属丝长度 l，测三次取平均值。',
        '闭合开关，改变滑片位置，读出多组 U、I；作 U–I 图像，由斜率求电阻 R。电流不宜过大，每次读数后及时断开开关。',
        '计算电阻率 ρ = πd²R/(4l)。',
      ],
      record: ['d（三次及平均值）、S', 'l（三次及平均值）', '多组 U、I 和 R', 'ρ'],
      questions: [
        '为什么用电流表外接法？测得的电阻偏大还是偏小？',
        '为什么电流不能太大、通电时间不能太长？',
        '哪个量的测量对结果影响最大？为什么？',
      ],
    },
    en: {
      goal: 'Measure the resistivity of a metal wire: ρ = RS/l = πd²R/(4l).',
      apparatus: ['Wire to test', 'Micrometer screw gauge', 'Millimetre ruler', 'Battery', 'Ammeter', 'Voltmeter', 'Rheostat', 'Switch', 'Wires'],
      steps: [
        'Measure the diameter d at three places with the micrometer, average, and work out the cross-section S = πd²/4.',
        'Wire the circuit (the wire’s resistance is small, so the ammeter goes outside the voltmeter’s connection); switch open, rheostat set for the least current.',
        'Measure the length l of wire in the circuit three times and average.',
        'Close the switch and take several pairs of U and I at different slider positions; plot U against I and get R from the slope. Keep the current small and open the switch after each reading.',
        'Calculate ρ = πd²R/(4l).',
      ],
      record: ['d (three readings and the average), S', 'l (three readings and the average)', 'Pairs of U and I, and R', 'ρ'],
      questions: [
        'Why connect the ammeter outside? Is the measured resistance too large or too small?',
        'Why keep the current small and the time short?',
        'Which measurement affects the result most? Why?',
      ],
    },
  },
  'B3.4': {
    'zh-CN': {
      goal: '会用多用电表测量电压、电流和电阻，会用欧姆挡判断二极管的正负极。',
      apparatus: ['多用电表', '学生电源或干电池', '小灯泡', '几个不同阻值的定值电阻', '二极管', '开关', '导线'],
      steps: [
        '观察表盘和选择开关；指针不在左端零刻度处时，调节机械调零螺丝。',
        '测电压：选择开关置于直流电压挡的合适量程，两表笔与被测部分并联，红表笔接电势高的一端。',
        '测电流：断开电路，把多用电表串联接入，电流从红表笔流入。',
        '测电阻：选合适的倍率，两表笔短接进行欧姆调零；把电阻从电路中断开后测量，读数 = 表盘读数 × 倍率；指针偏角太小时换大倍率，换挡后重新欧姆调零。',
        '用欧姆挡测二极管的正、反向电阻，判断正负极（欧姆挡中黑表笔接表内电源的正极）。',
        '用完后把选择开关置于“OFF”挡或交流电压最高挡。',
      ],
      record: ['电压、电流的测量值和所用量程', '各电阻的测量值和所用倍率', '二极管的正、反向电阻和判断结果'],
      questions: [
        '测电阻时为什么要把被测电阻与电源断开？',
        '为什么每次换倍率后都要重新欧姆调零？',
        '欧姆挡的刻度为什么不均匀，而且左大右小？',
      ],
    },
    en: {
      goal: 'Measure voltage, current and resistance with a multimeter, and find a diode’s polarity with the ohm range.',
      apparatus: ['Multimeter', 'Lab supply or dry cells', 'Small bulb', 'Several fixed resistors', 'Diode', 'Switch', 'Wires'],
      steps: [
        'Look at the dial and the selector; if the pointer is not at zero on the left, turn the mechanical zero screw.',
        'Voltage: a DC voltage range that is large enough; probes across what you measure, red to the higher potential.',
        'Current: open the circuit and put the meter in series, current entering at the red probe.',
        'Resistance: choose a multiplier, touch the probes together and zero the ohm scale; disconnect the resistor from the circuit, then measure: reading × multiplier. If the pointer hardly moves, choose a larger multiplier and zero again.',
        'Measure the diode’s resistance both ways and tell its polarity (on the ohm range the black probe is the internal battery’s positive).',
        'Finally turn the selector to OFF or the highest AC voltage range.',
      ],
      record: ['Voltages and currents with the ranges used', 'Each resistance with the multiplier used', 'The diode both ways and its polarity'],
      questions: [
        'Why must a resistor be disconnected from any source before its resistance is measured?',
        'Why zero the ohm scale again after every change of multiplier?',
        'Why is the ohm scale uneven, with large values on the left?',
      ],
    },
  },
  'B3.5': {
    'zh-CN': {
      goal: '用电压表和电流表测量干电池的电动势 E 和内阻 r（闭合电路欧姆定律 U = E − Ir）。',
      apparatus: ['待测干电池（旧一些的）', '电压表', '电流表', '滑动变阻器', '开关', '导线', '坐标纸'],
      steps: [
        '按电路图连接（电压表直接测电池两端的路端电压，电流表串联在干路中），滑动变阻器置于阻值最大处。',
        '闭合开关，调节滑动变阻器，读出 6 组 U、I；电流不宜过大（一般不超过 0.5 A），读完及时断开开关。',
        '作 U–I 图像，用直线拟合：纵轴截距为 E，斜率的绝对值为 r。',
        '若各点集中在图的上部，纵轴可以不从零开始，使图线更陡、读数更准（此时图线与横轴的交点不是短路电流）。',
      ],
      record: ['6 组 U、I', 'U–I 图像、E 和 r'],
      questions: [
        '为什么选用旧电池做这个实验？',
        '纵轴不从零开始时，图线与横轴的交点还表示短路电流吗？',
        '用这种接法，测得的 E 和 r 比真实值偏大还是偏小？为什么？',
      ],
    },
    en: {
      goal: 'Measure the EMF E and internal resistance r of a dry cell with a voltmeter and an ammeter (U = E − Ir).',
      apparatus: ['Dry cell to test (a used one)', 'Voltmeter', 'Ammeter', 'Rheostat', 'Switch', 'Wires', 'Graph paper'],
      steps: [
        'Wire the circuit (voltmeter straight across the cell for the terminal voltage, ammeter in the main line); rheostat at its largest resistance.',
        'Close the switch and take 6 pairs of U and I at different rheostat settings; keep the current small (usually under 0.5 A) and open the switch after reading.',
        'Plot U against I and fit a straight line: the intercept on the U axis is E, the magnitude of the slope is r.',
        'If the points crowd at the top, start the U axis above zero to spread them out (then the line’s crossing of the I axis is not the short-circuit current).',
      ],
      record: ['6 pairs of U and I', 'U–I graph, E and r'],
      questions: [
        'Why use a used cell for this experiment?',
        'With the U axis not starting at zero, is the crossing of the I axis still the short-circuit current?',
        'With this circuit, are the measured E and r larger or smaller than the true values? Why?',
      ],
    },
  },
  'X1.1': {
    'zh-CN': {
      goal: '验证两物体一维碰撞中总动量守恒：m₁v₁ + m₂v₂ = m₁v₁′ + m₂v₂′，并比较不同碰撞中动能的变化。',
      apparatus: ['气垫导轨', '两个带挡光片的滑块', '光电门和数字计时器', '天平', '弹簧片、尼龙搭扣（或撞针和橡皮泥）', '本实验室：碰撞实验（导轨模式）'],
      steps: [
        '打开碰撞实验（导轨模式）：m₁ = 1 kg，m₂ = 2 kg，v₁ = 1 m/s，v₂ = 0，恢复系数 1（弹性碰撞）。',
        '把“自动暂停于”设为碰撞，按“运行”；碰撞后读出两个滑块碰后的速度 v₁′、v₂′，按“记录本次数据”。',
        '把恢复系数改为 0.5 和 0（碰后粘在一起），重复。',
        '改变质量（如 m₁ = 2 kg，m₂ = 1 kg）和初速度（如 v₂ = −0.5 m/s，相向运动），重复。',
        '自己算出每次碰前、碰后的总动量和总动能，再与实验给出的数值对照。',
      ],
      record: ['m₁、m₂、v₁、v₂、v₁′、v₂′', '碰前、碰后的总动量 p、p′ 和总动能 Ek、Ek′'],
      questions: [
        '碰撞前后总动量是否相等？总动能呢？哪种碰撞损失的动能最多？',
        '真实实验中为什么要把气垫导轨调水平？怎样检验是否水平？',
        '用光电门测速度时，挡光片为什么要窄？',
      ],
    },
    en: {
      goal: 'Verify that the total momentum of two bodies in a one-dimensional collision is conserved, m₁v₁ + m₂v₂ = m₁v₁′ + m₂v₂′, and compare what happens to kinetic energy in different collisions.',
      apparatus: ['Air track', 'Two gliders with flags', 'Light gates and timer', 'Balance', 'Spring bumpers, Velcro pads (or a pin and plasticine)', 'In Sprout Lab: the collisions lab (track mode)'],
      steps: [
        'Open the collisions lab (track mode): m₁ = 1 kg, m₂ = 2 kg, v₁ = 1 m/s, v₂ = 0, restitution 1 (elastic).',
        'Set “Pause at” to the collision and press Play; afterwards read the gliders’ velocities v₁′, v₂′ and press “Record this run”.',
        'Repeat with restitution 0.5 and 0 (they stick together).',
        'Repeat with other masses (m₁ = 2 kg, m₂ = 1 kg) and velocities (v₂ = −0.5 m/s, moving towards each other).',
        'Work out the total momentum and kinetic energy before and after each collision yourself, then check against the lab’s values.',
      ],
      record: ['m₁, m₂, v₁, v₂, v₁′, v₂′', 'Total momentum p, p′ and kinetic energy Ek, Ek′ before and after'],
      questions: [
        'Is the total momentum the same before and after? And the kinetic energy? Which collision loses the most?',
        'On a real air track, why level it, and how do you check that it is level?',
        'Why should the flags through the light gates be narrow?',
      ],
    },
  },
  'X1.2': {
    'zh-CN': {
      goal: '用单摆测量当地的重力加速度：由 T = 2π√(l/g) 得 g = 4π²l/T²，并用 T²–l 图像减小误差。',
      apparatus: ['铁架台和夹子', '细线（约 1 m）', '小钢球', '游标卡尺', '米尺', '停表', '本实验室：单摆实验（一个摆，摆角 5°）、秒表工具'],
      steps: [
        '打开单摆实验，只用一个摆，初始摆角 5°；摆长 l 指悬点到球心的距离。',
        '按“运行”，摆球经过最低点时按下秒表并数“0”，以后摆球每次同方向经过最低点数一次，数到 30 时停表，T = t/30；与实验给出的“周期”比较。',
        '把摆长依次设为 0.6、0.8、1.0、1.2、1.4 m，各测一次周期，按“记录本次数据”。',
        '作 T²–l 图像，用过原点的直线拟合，斜率 k = 4π²/g，求出 g。',
        '把初始摆角改为 30° 再测周期，与 5° 时比较。',
      ],
      record: ['l、30 次全振动的时间 t、T、T²（5 组）', '图像的斜率 k 和 g'],
      questions: [
        '为什么从摆球经过最低点时开始计时？',
        '摆角较大时测得的周期偏大，这样算出的 g 偏大还是偏小？',
        '若把摆线长当作摆长（漏加小球半径），用 T²–l 图像求得的 g 受影响吗？为什么？',
      ],
    },
    en: {
      goal: 'Measure the local acceleration of free fall with a simple pendulum: from T = 2π√(l/g), g = 4π²l/T²; use the T²–l graph to reduce the error.',
      apparatus: ['Retort stand and clamp', 'Thread (about 1 m)', 'Small steel ball', 'Vernier caliper', 'Metre rule', 'Stopwatch', 'In Sprout Lab: the pendulum lab (one pendulum, 5°) and its stopwatch tool'],
      steps: [
        'Open the pendulum lab with one pendulum and a starting angle of 5°; the length l is from the pivot to the centre of the ball.',
        'Press Play; start the stopwatch as the ball passes the lowest point and count “0”, count each time it passes the lowest point in the same direction, and stop at 30: T = t/30. Compare with the lab’s period.',
        'Set the length to 0.6, 0.8, 1.0, 1.2 and 1.4 m in turn, measure the period of each and press “Record this run”.',
        'Plot T² against l and fit a straight line through the origin: slope k = 4π²/g; work out g.',
        'Set the starting angle to 30°, measure the period again and compare with 5°.',
      ],
      record: ['l, time t for 30 oscillations, T, T² (5 sets)', 'Slope k of the graph and g'],
      questions: [
        'Why start timing as the ball passes the lowest point?',
        'At a large angle the period comes out longer: is the g worked out from it too large or too small?',
        'If you took the thread length as l (forgetting the ball’s radius), would the g from the T²–l graph be affected? Why?',
      ],
    },
  },
  'X1.3': {
    'zh-CN': {
      goal: '用插针法测量玻璃砖的折射率 n = sin θ₁ / sin θ₂。',
      apparatus: ['长方形玻璃砖', '白纸', '木板', '大头针 4 枚', '图钉', '量角器（或圆规）', '刻度尺', '铅笔'],
      steps: [
        '白纸钉在木板上，画直线 aa′ 作为界面，过 O 点画法线 NN′ 和入射光线 AO。',
        '把玻璃砖的一边与 aa′ 对齐放好，画出另一边 bb′。',
        '在 AO 上竖直插两枚大头针 P₁、P₂；在玻璃砖另一侧观察，插 P₃ 使它挡住 P₁、P₂ 的像，再插 P₄ 挡住 P₃ 和 P₁、P₂ 的像。',
        '移去玻璃砖，连接 P₃P₄ 与 bb′ 交于 O′，连接 OO′ 即为玻璃中的折射光线。',
        '量出入射角 θ₁ 和折射角 θ₂，算出 n；改变入射角再做两次，求平均值（或作 sin θ₁–sin θ₂ 图像求斜率）。',
      ],
      record: ['θ₁、θ₂、sin θ₁、sin θ₂、n（3 组）及平均值'],
      questions: [
        '为什么大头针之间的距离要大一些？',
        '入射角太大或太小有什么不好？',
        '没有量角器，怎样用圆规和刻度尺求出 n？',
      ],
    },
    en: {
      goal: 'Measure the refractive index of a glass block by the pin method: n = sin θ₁ / sin θ₂.',
      apparatus: ['Rectangular glass block', 'White paper', 'Board', 'Four pins', 'Drawing pins', 'Protractor (or compasses)', 'Ruler', 'Pencil'],
      steps: [
        'Pin the paper to the board; draw a line aa′ for the surface, the normal NN′ at O and the incident ray AO.',
        'Put one side of the block on aa′ and draw the other side bb′.',
        'Stick pins P₁ and P₂ upright on AO; looking from the other side of the block, stick P₃ to hide the images of P₁ and P₂, then P₄ to hide P₃ and those images.',
        'Remove the block; join P₃P₄ to meet bb′ at O′; OO′ is the ray inside the glass.',
        'Measure the angle of incidence θ₁ and of refraction θ₂ and calculate n; repeat at two other angles and average (or plot sin θ₁ against sin θ₂ and take the slope).',
      ],
      record: ['θ₁, θ₂, sin θ₁, sin θ₂, n (3 sets) and the average'],
      questions: [
        'Why should the pins be fairly far apart?',
        'What goes wrong if the angle of incidence is very large or very small?',
        'Without a protractor, how can you find n with compasses and a ruler?',
      ],
    },
  },
  'X1.4': {
    'zh-CN': {
      goal: '观察双缝干涉条纹，由 Δx = (l/d)λ 测量单色光的波长。',
      apparatus: ['光具座', '光源', '滤光片', '单缝', '双缝（间距 d 已知）', '遮光筒', '毛玻璃屏', '测量头（目镜、分划板、手轮）', '刻度尺'],
      steps: [
        '依次安装光源、透镜、滤光片、单缝、双缝、遮光筒和屏，使各元件的中心在遮光筒的轴线上，单缝与双缝平行。',
        '先观察白光的干涉条纹（中央白色，两侧彩色），再加红色滤光片观察单色光的条纹。',
        '转动手轮，使分划板中心刻线对准第 1 条亮纹的中心，记下读数 x₁；再对准第 n 条亮纹，记下读数 xₙ；Δx = (xₙ − x₁)/(n − 1)。',
        '测出双缝到屏的距离 l，由 λ = dΔx/l 算出波长。',
        '换用其他颜色的滤光片和不同间距的双缝，观察条纹间距的变化。',
      ],
      record: ['d、l、n、x₁、xₙ、Δx、λ'],
      questions: [
        '为什么测 n 条亮纹的总间距，而不直接测相邻两条亮纹的间距？',
        '红光和蓝光，哪种的条纹间距大？',
        '分划板刻线与条纹不平行时，测得的 Δx 偏大还是偏小？',
      ],
    },
    en: {
      goal: 'Observe double-slit interference fringes and measure the wavelength of monochromatic light from Δx = (l/d)λ.',
      apparatus: ['Optical bench', 'Light source', 'Colour filters', 'Single slit', 'Double slit (spacing d known)', 'Light-tight tube', 'Ground-glass screen', 'Measuring eyepiece (reticle and drum)', 'Ruler'],
      steps: [
        'Mount source, lens, filter, single slit, double slit, tube and screen with their centres on the tube’s axis and the slits parallel.',
        'Look at the white-light fringes first (white centre, coloured sides), then add the red filter.',
        'Turn the drum until the reticle’s centre line is on the centre of the 1st bright fringe and read x₁; move to the nth and read xₙ; Δx = (xₙ − x₁)/(n − 1).',
        'Measure the slit-to-screen distance l; λ = dΔx/l.',
        'Try other filters and slit spacings and watch how the spacing changes.',
      ],
      record: ['d, l, n, x₁, xₙ, Δx, λ'],
      questions: [
        'Why measure across n fringes rather than between two neighbours?',
        'Red or blue light: which gives wider fringe spacing?',
        'If the reticle line is not parallel to the fringes, is the measured Δx too large or too small?',
      ],
    },
  },
  'X2.1': {
    'zh-CN': {
      goal: '探究感应电流的方向与磁通量变化的关系，得出楞次定律；同时观察产生感应电流的条件。',
      apparatus: ['条形磁体', '绕向已知的线圈', '零刻度在中间的灵敏电流计', '干电池', '大阻值保护电阻', '开关', '导线'],
      steps: [
        '先查明电流计指针的偏转方向与电流方向的关系：干电池串联大电阻后，短暂接触电流计的接线柱，观察电流从哪个接线柱流入时指针向哪边偏。',
        '把线圈与电流计连成闭合电路，记下线圈的绕向。',
        '把磁体的 N 极插入、拔出线圈，S 极插入、拔出线圈，以及磁体在线圈中静止，分别记下指针的偏转方向。',
        '由偏转方向判断感应电流的方向，再用安培定则判断感应电流磁场的方向，与原磁场方向及磁通量的增减比较。',
        '改变插入的快慢，观察指针偏角的变化。',
      ],
      record: ['表格：磁体的运动、原磁场方向、磁通量增或减、感应电流方向、感应电流的磁场方向'],
      questions: [
        '第一步为什么要串联大电阻并且只短暂接触？',
        '什么情况下感应电流的磁场与原磁场方向相同？什么情况下相反？',
        '从能量的角度说明：为什么感应电流的磁场总要阻碍磁通量的变化？',
      ],
    },
    en: {
      goal: 'Find how the direction of an induced current is related to the change of magnetic flux (Lenz’s law), and see when an induced current flows at all.',
      apparatus: ['Bar magnet', 'Coil of known winding direction', 'Centre-zero galvanometer', 'Dry cell', 'High-value protective resistor', 'Switch', 'Wires'],
      steps: [
        'First find which way the pointer swings for which direction of current: touch the cell, in series with the large resistor, briefly across the meter’s terminals.',
        'Connect the coil to the galvanometer in a closed circuit and note the winding direction.',
        'Push the N pole in and pull it out, then the S pole, then hold the magnet still inside; note the swing each time.',
        'From the swing find the induced current’s direction, then with the right-hand grip rule the direction of its field; compare with the magnet’s field and with whether the flux grows or shrinks.',
        'Push faster and slower and watch the size of the swing.',
      ],
      record: ['Table: motion of the magnet, direction of its field, flux growing or shrinking, induced current direction, direction of the induced field'],
      questions: [
        'Why the large resistor and only a brief touch in the first step?',
        'When is the induced field in the same direction as the magnet’s, and when opposite?',
        'Explain with energy why the induced field always opposes the change of flux.',
      ],
    },
  },
  'X2.2': {
    'zh-CN': {
      goal: '探究变压器原、副线圈两端的电压与匝数的关系：U₁/U₂ = n₁/n₂。',
      apparatus: ['可拆变压器（带多个抽头的线圈和铁芯）', '学生电源（低压交流）', '多用电表（交流电压挡）', '导线'],
      steps: [
        '组装可拆变压器，原线圈接学生电源的低压交流输出（如 6 V），副线圈接多用电表的交流电压挡。只用不超过 12 V 的低压交流电，通电时不接触裸露的导线和接线柱。',
        '保持原线圈匝数 n₁ 和输入电压 U₁ 不变，改变副线圈的匝数 n₂，测出 U₂。',
        '保持副线圈匝数不变，改变原线圈的匝数，测出 U₁、U₂。',
        '算出 U₁/U₂ 和 n₁/n₂，比较。',
        '把铁芯拆开（不闭合）再测 U₂，比较。',
      ],
      record: ['n₁、n₂、U₁、U₂、U₁/U₂、n₁/n₂（每组）', '铁芯不闭合时的 U₂'],
      questions: [
        '测得的 U₁/U₂ 总比 n₁/n₂ 略大，原因是什么？',
        '铁芯起什么作用？为什么用相互绝缘的硅钢片叠成？',
        '变压器为什么不能改变恒定电流的电压？',
      ],
    },
    en: {
      goal: 'Find how the voltages across a transformer’s primary and secondary coils depend on their numbers of turns: U₁/U₂ = n₁/n₂.',
      apparatus: ['Demountable transformer (tapped coils and an iron core)', 'Lab supply (low-voltage AC)', 'Multimeter on AC volts', 'Wires'],
      steps: [
        'Assemble the transformer; connect the primary to the supply’s low-voltage AC output (e.g. 6 V) and the secondary to the multimeter. Use at most 12 V AC, and do not touch bare wires or terminals while it is on.',
        'Keep the primary turns n₁ and voltage U₁ fixed, change the secondary turns n₂ and measure U₂.',
        'Keep the secondary turns fixed, change the primary turns and measure U₁ and U₂.',
        'Work out U₁/U₂ and n₁/n₂ and compare.',
        'Open the core (leave it unclosed) and measure U₂ again.',
      ],
      record: ['For each set: n₁, n₂, U₁, U₂, U₁/U₂, n₁/n₂', 'U₂ with the core open'],
      questions: [
        'U₁/U₂ always comes out a little larger than n₁/n₂. Why?',
        'What is the core for? Why is it made of insulated silicon-steel sheets?',
        'Why can a transformer not change the voltage of a steady direct current?',
      ],
    },
  },
  'X2.3': {
    'zh-CN': {
      goal: '用光敏电阻（或热敏电阻）和电磁继电器制作简单的自动控制装置，如光控路灯或温度报警器。',
      apparatus: ['光敏电阻（或热敏电阻）', '电磁继电器', '可变电阻（或滑动变阻器）', '小灯泡或发光二极管', '蜂鸣器', '两组电源', '开关', '导线', '多用电表'],
      steps: [
        '用多用电表欧姆挡测光敏电阻在亮处和暗处的阻值（或热敏电阻在冷水、热水中的阻值），了解它的特性。',
        '设计电路：控制电路中光敏电阻、可变电阻与继电器线圈串联；工作电路中灯泡接在继电器的一对触点上。画出电路图。',
        '按设计连接电路，检查无误后通电。',
        '遮住光敏电阻，观察灯泡能否点亮；调节可变电阻，改变装置动作时的亮度。',
        '换成热敏电阻和蜂鸣器，做一个温度报警器。',
      ],
      record: ['亮处、暗处（或冷、热）时的阻值', '电路图', '装置动作的条件和可变电阻的设置'],
      questions: [
        '要求天暗时灯亮，灯应接在继电器的常开触点还是常闭触点？为什么？',
        '要让路灯在更暗时才亮，可变电阻应调大还是调小？',
        '再举出两个生活中用传感器自动控制的例子。',
      ],
    },
    en: {
      goal: 'Build a simple automatic control with a light-dependent resistor (or a thermistor) and a relay, such as a light-controlled street lamp or a temperature alarm.',
      apparatus: ['Light-dependent resistor (or thermistor)', 'Relay', 'Variable resistor (or rheostat)', 'Small bulb or LED', 'Buzzer', 'Two power sources', 'Switch', 'Wires', 'Multimeter'],
      steps: [
        'Measure the LDR in light and in the dark with the ohm range (or the thermistor in cold and in hot water) to learn how it behaves.',
        'Design: in the control circuit the LDR, the variable resistor and the relay coil are in series; in the working circuit the bulb is on a pair of the relay’s contacts. Draw the diagram.',
        'Build it, check it, then switch on.',
        'Cover the LDR and see whether the bulb lights; adjust the variable resistor to change how dark it must be.',
        'Use a thermistor and the buzzer instead to make a temperature alarm.',
      ],
      record: ['Resistance in light and dark (or cold and hot)', 'Circuit diagram', 'When the device switches, and the variable resistor’s setting'],
      questions: [
        'The lamp must light when it gets dark: does it go on the relay’s normally open or normally closed contacts? Why?',
        'To make the lamp light only when it is darker still, should the variable resistor be increased or decreased?',
        'Give two more everyday examples of automatic control with sensors.',
      ],
    },
  },
  'X3.1': {
    'zh-CN': {
      goal: '用油膜法估测油酸分子的直径：d = V/S。',
      apparatus: ['油酸酒精溶液（已知浓度，如每 10⁴ mL 溶液含 6 mL 油酸）', '注射器（或滴管）', '量筒', '浅盘', '水', '爽身粉（或细石膏粉）', '玻璃板', '彩笔', '坐标纸（每格边长 1 cm）', '本实验室：湿实验台“用油膜法估测油酸分子的大小”（三种浓度的油酸酒精溶液、5 mL 量筒、浅盘和画有 1 cm 方格的玻璃板，按“多于半个的算一个”数格子）'],
      steps: [
        '用注射器往量筒中滴入油酸酒精溶液，数出 1 mL 的滴数 N，算出一滴溶液中纯油酸的体积 V。',
        '浅盘中倒入约 2 cm 深的水，把爽身粉均匀地撒在水面上。',
        '在水面上滴一滴油酸酒精溶液，待油膜的形状稳定。',
        '把玻璃板盖在浅盘上，用彩笔描出油膜的轮廓；把玻璃板放在坐标纸上，数出轮廓内的方格数（不足半格的舍去，多于半格的算一格），算出油膜面积 S。',
        '由 d = V/S 估算油酸分子的直径，其数量级约为 10⁻¹⁰ m。',
      ],
      record: ['溶液浓度、1 mL 的滴数 N、一滴中纯油酸的体积 V', '方格数和油膜面积 S', '分子直径 d'],
      questions: [
        '本实验做了哪些理想化的假设？',
        '为什么用油酸酒精溶液，而不直接滴纯油酸？',
        '爽身粉撒得太厚，测得的分子直径偏大还是偏小？',
      ],
    },
    en: {
      goal: 'Estimate the diameter of an oleic acid molecule from a monolayer oil film: d = V/S.',
      apparatus: ['Oleic acid in ethanol of known strength (e.g. 6 mL acid per 10⁴ mL solution)', 'Syringe (or dropper)', 'Measuring cylinder', 'Shallow tray', 'Water', 'Talcum powder (or fine plaster)', 'Glass plate', 'Marker pen', 'Graph paper (1 cm squares)', 'In Sprout Lab: “Estimating the size of an oleic acid molecule with an oil film (wet bench)” (solutions of three strengths, a 5 mL cylinder, the tray and a glass plate with a 1 cm grid whose squares are counted by the half rule)'],
      steps: [
        'Drop the solution into the cylinder and count the drops in 1 mL (N); work out the volume V of pure oleic acid in one drop.',
        'Fill the tray with about 2 cm of water and dust the surface evenly with powder.',
        'Let one drop fall on the water and wait until the film’s shape is steady.',
        'Lay the glass over the tray and trace the film; put the glass on graph paper and count the squares inside (drop those less than half inside, count those more than half): area S.',
        'Estimate d = V/S; it is of the order of 10⁻¹⁰ m.',
      ],
      record: ['Strength of the solution, drops per mL N, volume of acid per drop V', 'Squares counted and the area S', 'Molecular diameter d'],
      questions: [
        'What idealisations does this experiment make?',
        'Why use the solution rather than a drop of pure oleic acid?',
        'If the powder is too thick, is the diameter you get too large or too small?',
      ],
    },
  },
  'X3.2': {
    'zh-CN': {
      goal: '探究一定质量的气体在温度不变时压强 p 与体积 V 的关系（玻意耳定律 pV = C）。',
      apparatus: ['注射器（带刻度）', '压力表（或压强传感器）', '铁架台', '润滑油', '本实验室：气体实验（保持温度不变；活塞位置决定“体积”）'],
      steps: [
        '打开气体实验，“保持不变”选“温度”，加热器温度 300 K；粒子数不变，即气体质量一定。',
        '把活塞位置（箱宽）设为 100 nm，运行几秒，待“压强（自上次改变以来的平均值）”稳定后读出 p，并读出面积 A（二维模型中相当于体积 V），按“记录本次数据”。',
        '依次把箱宽改为 80、60、50、40、30 nm，每次等平均压强稳定后记录。',
        '作 p–V 图像和 p–1/V 图像。',
        '算出每组的 pV，看它是否近似不变；把温度改为 600 K 再做一组，比较两条等温线。',
      ],
      record: ['体积 V（面积 A）、压强 p、1/V、pV（6 组）', '600 K 时的一组数据'],
      questions: [
        '为什么 p–1/V 图像比 p–V 图像更容易判断规律？',
        '真实实验中为什么要缓慢推拉活塞？为什么不能用手握住注射器？',
        '温度更高时，等温线在 p–V 图上的位置怎样变化？',
      ],
    },
    en: {
      goal: 'Find how the pressure p and volume V of a fixed mass of gas are related at constant temperature (Boyle’s law, pV = C).',
      apparatus: ['Graduated syringe', 'Pressure gauge (or pressure sensor)', 'Retort stand', 'Lubricating oil', 'In Sprout Lab: the gas lab (temperature held; the piston sets the “volume”)'],
      steps: [
        'Open the gas lab, choose to hold the temperature, heater at 300 K; the number of particles stays fixed, so the mass of gas is fixed.',
        'Set the piston (box width) to 100 nm, run for a few seconds until the pressure averaged since the last change is steady; read p and the area A (the 2D model’s volume V) and press “Record this run”.',
        'Repeat with widths 80, 60, 50, 40 and 30 nm, waiting each time for the average to settle.',
        'Plot p against V and p against 1/V.',
        'Work out pV for each set and see whether it stays about the same; repeat at 600 K and compare the two isotherms.',
      ],
      record: ['Volume V (area A), pressure p, 1/V, pV (6 sets)', 'A set at 600 K'],
      questions: [
        'Why is the p–1/V graph easier to judge than the p–V graph?',
        'On a real bench, why move the piston slowly, and why not hold the syringe in your hand?',
        'How does the isotherm on the p–V graph move at a higher temperature?',
      ],
    },
  },
};
