// leaves the exclamation mark off the end of the message
// 1. Change the text between the quotes to: Hello, world!
const message = "Hello, world";

// 2. Type your first name between these quotes.
const myName = "Sam";

console.log(message);
console.log(myName);
