// multiplies by 9 and divides by 5 but forgets to add 32
class Temperature {
  constructor(celsius) {
    this.celsius = celsius;
  }

  get fahrenheit() {
    return (this.celsius * 9) / 5;
  }
}

const boiling = new Temperature(100);
console.log(boiling.fahrenheit);
