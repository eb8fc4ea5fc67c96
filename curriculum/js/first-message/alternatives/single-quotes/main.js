// writes the strings in single quotes instead of double quotes
// 1. Change the text between the quotes to: Hello, world!
const message = 'Hello, world!';

// 2. Type your first name between these quotes.
const myName = 'Marisol';

console.log(message);
console.log(myName);
