class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  // Your code here: a getter named fahrenheit
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit);
