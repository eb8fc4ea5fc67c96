// multiplies by 1.8, which is the same as times 9 divided by 5
class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  get fahrenheit() {
    return this.celsius * 1.8 + 32;
  }
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit);
