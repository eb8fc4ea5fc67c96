const message = "Hello, world!";
console.log(message);
