// leaves out the word get, so fahrenheit is a method that must be called with brackets
class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  fahrenheit() {
    return (this.celsius * 9) / 5 + 32;
  }
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit());
