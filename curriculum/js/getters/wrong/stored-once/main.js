// works fahrenheit out once in the constructor, so it goes out of date when celsius changes
class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
    this.fahrenheit = (celsius * 9) / 5 + 32;
  }
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit);
