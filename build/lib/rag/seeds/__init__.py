"""The seed article and its example questions, shipped inside the package as `rag.seeds`
(pyproject.toml maps this folder there), so an install outside the checkout has them."""
