// sets the properties itself without calling super, so making a SaleItem stops with an error
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
    this.name = name;
    this.price = price;
    this.discount = discount;
  }

  salePrice() {
    return this.price - this.discount;
  }
}
