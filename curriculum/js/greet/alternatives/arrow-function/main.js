// writes greet as an arrow function stored in a const
const greet = (name) => "Hello, " + name + "!";

console.log(greet("Ana"));
