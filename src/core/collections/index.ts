// The collections API: named sets of articles.
export {
  createCollection,
  renameCollection,
  deleteCollection,
  addToCollection,
  removeFromCollection,
  listCollections,
  getCollection,
  resolveCollection,
  collectionArticleIds,
  articleCollections,
  type Collection
} from './collection-store'
