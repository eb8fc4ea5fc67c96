// writes hello with a small h, so the message is not exactly the same
// 1. Change the text between the quotes to: Hello, world!
const message = "hello, world!";

// 2. Type your first name between these quotes.
const myName = "Sam";

console.log(message);
console.log(myName);
