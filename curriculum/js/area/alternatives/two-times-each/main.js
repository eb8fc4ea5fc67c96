// doubles each side on its own: 2 * width + 2 * length, as arrow functions
const area = (width, length) => width * length;

const perimeter = (width, length) => 2 * width + 2 * length;

console.log(area(3, 4), perimeter(3, 4));
