// fixes the message but leaves the name between empty quotes
// 1. Change the text between the quotes to: Hello, world!
const message = "Hello, world!";

// 2. Type your first name between these quotes.
const myName = "";

console.log(message);
console.log(myName);
