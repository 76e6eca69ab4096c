/** The bulletin screens share one chunk: the list, a bulletin's page and the draft form. */
export { BulletinsScreen } from './bulletins-screen';
export { BulletinScreen } from './bulletin-screen';
export { NewBulletinScreen } from './new-bulletin-screen';
