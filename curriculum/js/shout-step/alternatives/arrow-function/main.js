// writes capitals as an arrow function stored in a const
const capitals = (text) => text.toUpperCase();

console.log(capitals("hi"));
