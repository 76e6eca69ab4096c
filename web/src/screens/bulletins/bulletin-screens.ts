/** The bulletin screens share one chunk: the list, a bulletin's page and the draft form (new and changed). */
export { BulletinsScreen } from './bulletins-screen';
export { BulletinScreen } from './bulletin-screen';
export { NewBulletinScreen } from './new-bulletin-screen';
export { EditBulletinScreen } from './edit-bulletin-screen';
