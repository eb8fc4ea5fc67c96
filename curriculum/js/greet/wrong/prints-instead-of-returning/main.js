// shows the greeting with console.log but never returns it
function greet(name) {
  console.log("Hello, " + name + "!");
}

greet("Ana");
