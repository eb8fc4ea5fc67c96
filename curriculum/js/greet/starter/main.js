function greet(name) {
  // Your code here
}

console.log(greet("Ana"));
