/** Every part of the circuits bench; adding a part is adding a file here and its line below. */
import { PartCatalog } from '../../bench/part';
import { ammeter } from './ammeter';
import { barMagnet } from './bar-magnet';
import { batteryPack } from './battery-pack';
import { bulb } from './bulb';
import { capacitor } from './capacitor';
import { cell } from './cell';
import { coil } from './coil';
import { compass } from './compass';
import { conductorRod } from './conductor-rod';
import { currentSensor } from './current-sensor';
import { dcSupply } from './dc-supply';
import { demountableTransformer } from './demountable-transformer';
import { diode } from './diode';
import { fuse } from './fuse';
import { galvanometer } from './galvanometer';
import { ironFilings } from './iron-filings';
import { led } from './led';
import { multimeter } from './multimeter';
import { photoresistor } from './photoresistor';
import { relay } from './relay';
import { resistanceBox } from './resistance-box';
import { resistanceWire } from './resistance-wire';
import { resistor } from './resistor';
import { rheostat } from './rheostat';
import { solenoid } from './solenoid';
import { studentSupply } from './student-supply';
import { switchPart } from './switch';
import { twoWaySwitch } from './two-way-switch';
import { uMagnet } from './u-magnet';
import { voltmeter } from './voltmeter';

export const circuitParts = new PartCatalog('circuits', [cell, batteryPack, dcSupply, switchPart, twoWaySwitch, resistor, rheostat, resistanceBox, bulb, led, fuse, ammeter, voltmeter,
  solenoid, compass, ironFilings, uMagnet, conductorRod, galvanometer, coil, barMagnet,
  capacitor, currentSensor, resistanceWire, photoresistor, relay, multimeter, diode,
  studentSupply, demountableTransformer]);
