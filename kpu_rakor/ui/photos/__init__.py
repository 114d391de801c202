"""The meeting's Foto tab: the photo list and importing photos in a worker."""
