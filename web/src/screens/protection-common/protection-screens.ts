// The protection screens share one chunk (like the administration screens): app/screens.ts picks one by name.
export { CaseloadScreen } from '../protection-caseload/caseload-screen';
export { SurvivorScreen } from '../protection-survivor/survivor-screen';
export { RegisterSurvivorScreen } from '../protection-register/register-survivor-screen';
