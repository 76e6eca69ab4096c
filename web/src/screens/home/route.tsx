// The route module of the home screen: react-router loads it lazily (its own chunk) and renders `Component`.
export { HomeScreen as Component } from './home-screen';
