export { SignInScreen as Component } from './sign-in-screen';
