class Item {
  constructor(name, price) {
    this.name = name;
    this.price = price;
  }

  label() {
    return this.name + " costs " + this.price;
  }
}

class SaleItem extends Item {
  constructor(name, price, discount) {
    super(name, price);
    this.discount = discount;
  }

  salePrice() {
    return this.price - this.discount;
  }
}

const soap = new SaleItem("Soap", 4, 1);
console.log(soap.label(), soap.salePrice());
