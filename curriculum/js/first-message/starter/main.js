// 1. Change the text between the quotes to: Hello, world!
const message = "Hello";

// 2. Type your first name between these quotes.
const myName = "";

console.log(message);
console.log(myName);
