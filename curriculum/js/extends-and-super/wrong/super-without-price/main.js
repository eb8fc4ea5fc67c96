// hands only the name to super, so the price is undefined
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
    super(name);
    this.discount = discount;
  }

  salePrice() {
    return this.price - this.discount;
  }
}
