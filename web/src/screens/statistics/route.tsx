export { StatisticsScreen as Component } from './statistics-screen';
