// Change the text between the quotes.
const message = "Hello";
console.log(message);
